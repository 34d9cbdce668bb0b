/**
 * `npm run bench:ingest -- --breakdown`: where one ingest request's time goes,
 * timed in-process part by part (the whole request, the service alone, its
 * statements, and the HTTP/GraphQL work around it).
 */
import { getVariableValues, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../../src/app.js';
import { costError, depthLimitRule } from '../../src/graphql/limits.js';
import { operationCost } from '../../src/graphql/query-cost.js';
import { sqlQuery } from '../../src/db/sql.js';
import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType } from '../../src/domain/enums.js';
import { encodeEvents, EVENT_CHANNEL, type HubEvent } from '../../src/outbox/hub-events.js';
import { createWebhookDeliveries } from '../../src/outbox/webhook-fan-out.js';
import { ingestProducts } from '../../src/ingest/ingest.service.js';
import type { ProductIngest } from '../../src/ingest/ingest.types.js';
import { notifyInTransaction } from '../../src/outbox/notify.js';
import { nowMs } from '../support.js';
import { RAW_UPSERT, withClient } from './passes.js';
import { MUTATION, prepare, rawRow } from './products.js';

class Rollback extends Error {}

/**
 * Times the parts of one API batch of new products in-process (medians over
 * `samples`, each on keys no row has yet): where does an ingest request's time go?
 */
export async function breakdown(app: App, token: string, products: ProductIngest[], samples: number): Promise<void> {
  const median = async (fn: (i: number) => unknown): Promise<number> => {
    const all: number[] = [];
    for (let i = 0; i < samples; i++) {
      const started = nowMs();
      await fn(i);
      all.push(nowMs() - started);
    }
    return all.sort((x, y) => x - y)[Math.floor(all.length / 2)]!;
  };
  /** The batch under keys no row has yet. */
  const fresh = (tag: string, i: number) => products.map((p) => ({ ...p, externalId: `${p.externalId}-${tag}${i}` }));
  const bodies = Array.from({ length: samples }, (_, i) =>
    JSON.stringify({ query: MUTATION, operationName: 'BenchIngest', variables: { input: fresh('H', i) } }),
  );
  const rawParams = Array.from({ length: samples }, (_, i) => prepare(fresh('R', i), products.length).raw[0]!);
  const services = Array.from({ length: samples }, (_, i) => fresh('S', i));
  const body = bodies[0]!;
  const variables = (JSON.parse(body) as { variables: Record<string, unknown> }).variables;
  const document = parse(MUTATION);
  const operation = document.definitions[0] as OperationDefinitionNode;
  const rules = [...specifiedRules, depthLimitRule(app.config.maxQueryDepth)];
  const { config, schema } = app;
  const caps = { maxPageSize: config.maxPageSize, maxNestedList: config.maxNestedList };
  /** Runs `fn` in a transaction that is rolled back: the statement's cost, the table left as it was. */
  const rolledBack = (fn: (tx: EntityManager) => Promise<unknown>) =>
    app.orm.em
      .fork()
      .transactional(async (tx) => {
        await fn(tx as EntityManager);
        throw new Rollback();
      })
      .catch((err: unknown) => {
        if (!(err instanceof Rollback)) throw err;
      });
  const batch = fresh('X', 0);
  const rowsParam = () => JSON.stringify(batch.map((p) => ({ ...rawRow(p), idempotency_key: null, context: null })));
  const param = rowsParam();
  const events: HubEvent[] = batch.map((p) => ({
    kind: 'entity',
    change: {
      entityType: EntityType.PRODUCT,
      id: uuidv7(),
      externalId: p.externalId,
      changedFields: Object.keys(p.data).sort(),
      isNew: true,
      changedAt: new Date(),
    },
  }));
  const payloads = encodeEvents(events);
  const insertSql = `insert into "product" ("id", "external_id", "odoo_id", "current_data", "changed_fields",
        "processing_state", "is_new", "idempotency_key", "created_at", "updated_at", "context")
      select r."id", r."external_id", r."odoo_id", r."current_data", r."changed_fields", 'pending', true,
             r."idempotency_key", now(), now(), r."context"
        from jsonb_to_recordset($1::jsonb) as r("id" uuid, "external_id" text, "odoo_id" int, "current_data" jsonb,
             "changed_fields" jsonb, "idempotency_key" text, "context" jsonb)
      on conflict ("external_id") do nothing returning "id", "updated_at"`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };

  const raw = await withClient(app.database.url, (c) => median((i) => c.query(RAW_UPSERT, [rawParams[i]])));
  const whole = await median(async (i) => {
    const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers, body: bodies[i] });
    await res.json();
  });
  const service = await median((i) => ingestProducts(app.orm.em.fork(), services[i]!));
  // The same request from a token without catalog:write: HTTP, JSON, GraphQL (parse, validate,
  // variable coercion, cost limit), authentication, then refused before the resolver.
  const { token: readOnly } = await issueToken(app.orm.em.fork(), {
    name: 'bench read-only',
    scopes: ['catalog:read'],
  });
  const refused = await median(async (i) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { ...headers, authorization: `Bearer ${readOnly}` },
      body: bodies[i],
    });
    const json = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
    if (json.errors?.[0]?.extensions?.code !== 'FORBIDDEN') throw new Error('the read-only token was not refused');
  });
  const stages: [string, number][] = [
    ['the baseline: raw upsert statement (pg, autocommit)', raw],
    ['the API: whole request (HTTP POST /graphql)', whole],
    ['  ingest service alone, committed (no HTTP, no GraphQL)', service],
    ['    JSON.stringify of its insert parameter', await median(rowsParam)],
    [
      '    select … for update (no rows yet)',
      await median(() =>
        rolledBack((tx) =>
          sqlQuery(
            tx,
            `select "id", "external_id", "current_data", "idempotency_key", "context" from "product"
              where "external_id" = any($1::text[]) order by "external_id" for update`,
            [batch.map((p) => p.externalId).sort()],
          ),
        ),
      ),
    ],
    ['    insert … from jsonb_to_recordset', await median(() => rolledBack((tx) => sqlQuery(tx, insertSql, [param])))],
    [
      '    notifyInTransaction (NOTIFY, webhook check)',
      await median(() => rolledBack((tx) => notifyInTransaction(tx, events))),
    ],
    ['      encodeEvents (the NOTIFY payloads)', await median(() => encodeEvents(events))],
    [
      '      (skipped) webhook fan-out statement, no config',
      await median(() => rolledBack((tx) => createWebhookDeliveries(tx, events))),
    ],
    [
      `      pg_notify of its ${payloads.length} payloads (${Math.round(payloads.join('').length / 1024)} kB)`,
      await median(() =>
        rolledBack((tx) =>
          sqlQuery(tx, `select pg_notify($1, p) from unnest($2::text[]) as p`, [EVENT_CHANNEL, payloads]),
        ),
      ),
    ],
    ['  the same request refused before the resolver (no ingest)', refused],
    ['    JSON.parse of the body (express.json)', await median(() => JSON.parse(body))],
    ['    GraphQL parse + validate of the document', await median(() => validate(schema, parse(MUTATION), rules))],
    [
      '    variable coercion (getVariableValues)',
      await median(() => getVariableValues(schema, operation.variableDefinitions ?? [], variables)),
    ],
    [
      '    cost-limit plugin (a bound that needs no variables)',
      await median(() =>
        costError({ schema, document, variables, operationName: 'BenchIngest' }, config.maxQueryCost, caps),
      ),
    ],
    [
      '    (skipped) the cost with the variables, coercing them',
      await median(() => operationCost(schema, document, 'BenchIngest', caps, variables)),
    ],
  ];
  console.log(
    `\nBreakdown of one batch of ${products.length} new products, in-process (ms, median of ${samples}; ` +
      'statements in a rolled-back transaction):',
  );
  for (const [stage, ms] of stages) console.log(`  ${stage.padEnd(58)} ${ms.toFixed(1).padStart(6)}`);
}
