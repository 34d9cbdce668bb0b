import { raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { badInput } from '../../domain/errors.js';
import { EntityType } from '../../domain/enums.js';
import { parseIds } from '../common/ids.js';
import type { Consumer } from '../consumer/consumer.entity.js';
import { LATE_COMMIT_MS } from './consumer-feed.service.js';
import { follows } from './consumer-state.js';
import { MAX_CLAIM } from './change-feed.service.js';

export type FlagKind = 'stock' | 'price';

const FLAGS = {
  stock: { table: 'stock', entityType: EntityType.STOCK, narrowColumn: 'supplier_external_id' },
  price: { table: 'pricelist_item', entityType: EntityType.PRICELIST_ITEM, narrowColumn: 'pricelist_external_id' },
} as const;

/** The key a consumer narrows a kind of flag to (its warehouse, its pricelist), if any. */
const narrowing = (consumer: Consumer, kind: FlagKind) =>
  (kind === 'stock' ? consumer.warehouse : consumer.pricelistExternalId) ?? null;

/**
 * SQL: whether row `r` is flagged for a non-default consumer. Its value last
 * raised the flag (`flag_changed_at`, kept by a trigger) after the consumer
 * acknowledged it (its state row's `seen_at`), within what the consumer follows.
 * The cursor's horizon bounds the index range read: every flag raised at or
 * before it has been acknowledged. `param` binds a value and returns its placeholder.
 */
export function flaggedSql(
  consumer: Consumer,
  kind: FlagKind,
  alias: string,
  param: (value: unknown) => string,
): string {
  const { entityType, narrowColumn } = FLAGS[kind];
  if (!follows(consumer, entityType)) return 'false';
  const c = param(consumer.id);
  const t = param(entityType);
  const narrow = narrowing(consumer, kind);
  return `(${alias}."flag_changed_at" > coalesce((select h."horizon" from "consumer_cursor" h
                                            where h."consumer_id" = ${c} and h."entity_type" = ${t}), '-infinity')
     and ${alias}."flag_changed_at" > coalesce((select s."seen_at" from "consumer_feed_state" s
                                            where s."consumer_id" = ${c} and s."entity_type" = ${t}
                                              and s."record_id" = ${alias}."id"), '-infinity')
     ${narrow === null ? '' : `and ${alias}."${narrowColumn}" = ${param(narrow)}`})`;
}

/** `$n` placeholders for sqlQuery, numbered after `values` already bound. */
export const dollarParams = (values: unknown[]) => (value: unknown) => {
  values.push(value);
  return `$${values.length}`;
};

/**
 * Clears a non-default consumer's flag of stock rows or prices it has taken in
 * (a state row per row, holding the flag's time); returns how many it cleared.
 * Another consumer's flags, and the rows themselves, are left as they are.
 */
export async function acknowledgeFlagsForConsumer(
  em: EntityManager,
  consumer: Consumer,
  kind: FlagKind,
  ids: string[],
  seenAt?: Date | null,
): Promise<number> {
  if (ids.length > MAX_CLAIM) throw badInput(`At most ${MAX_CLAIM} ids per call; got ${ids.length}.`);
  const { table, entityType } = FLAGS[kind];
  const parsed = parseIds(ids);
  if (!follows(consumer, entityType) || !parsed.length) return 0;
  return em.fork().transactional(async (tx) => {
    const values: unknown[] = [consumer.id, entityType, parsed, seenAt?.toISOString() ?? null];
    const cleared = await sqlQuery<{ id: string }>(
      tx,
      `insert into "consumer_feed_state" ("consumer_id", "entity_type", "record_id", "state", "seen_at")
       select $1::uuid, $2::text, r."id", 'completed', r."flag_changed_at" from "${table}" r
        where r."id" = any($3::uuid[])
          and ($4::timestamptz is null or date_trunc('milliseconds', r."updated_at") <= $4)
          and ${flaggedSql(consumer, kind, 'r', dollarParams(values))}
       on conflict ("consumer_id", "entity_type", "record_id") do update
         set "state" = 'completed', "seen_at" = excluded."seen_at"
       returning "record_id" as "id"`,
      values,
    );
    if (cleared.length) await advanceFlagHorizon(tx, consumer, kind);
    return cleared.length;
  });
}

/**
 * Moves the consumer's flag horizon up to just before its oldest flag still
 * raised (an index walk from the old horizon), never into the late-commit window.
 */
async function advanceFlagHorizon(tx: EntityManager, consumer: Consumer, kind: FlagKind): Promise<void> {
  const { table, entityType } = FLAGS[kind];
  await sqlQuery(
    tx,
    `insert into "consumer_cursor" ("consumer_id", "entity_type") values ($1, $2) on conflict do nothing`,
    [consumer.id, entityType],
  );
  const values: unknown[] = [consumer.id, entityType, LATE_COMMIT_MS];
  const flagged = flaggedSql(consumer, kind, 'r', dollarParams(values));
  await sqlQuery(
    tx,
    `update "consumer_cursor" c
        set "horizon" = greatest(c."horizon", least(clock_timestamp() - $3 * interval '1 millisecond', coalesce(
              (select r."flag_changed_at" - interval '1 microsecond' from "${table}" r
                where ${flagged} order by r."flag_changed_at" limit 1), 'infinity')))
      where c."consumer_id" = $1 and c."entity_type" = $2`,
    values,
  );
}

/**
 * A MikroORM condition: the row is flagged for the consumer (what `changedOnly`
 * means for a non-default consumer's token), in place of the flag column. The
 * values (the consumer's id, a type, its warehouse or pricelist) are quoted by
 * the platform: MikroORM names the table's alias only when it writes the query.
 */
export function consumerFlagWhere(em: EntityManager, consumer: Consumer, kind: FlagKind): Record<string, unknown> {
  const quote = (value: unknown) => em.getPlatform().quoteValue(value);
  return { [raw((alias: string) => flaggedSql(consumer, kind, alias, quote))]: [] };
}
