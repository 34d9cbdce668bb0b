import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { sqlQuery } from '../db/sql.js';
import { EntityType, PullState } from '../domain/enums.js';
import { badInput } from '../domain/errors.js';
import { requestPull } from '../modules/odoo-pull/odoo-pull.service.js';
import { pullProgress } from '../modules/odoo-pull/pull-progress.service.js';
import { odooConnectionFrom } from '../odoo/odoo-client.js';
import { decodePullProgress, PULL_PROGRESS_CHANNEL } from '../outbox/pull-progress-events.js';
import { plainView, ttyView } from './pull-progress-view.js';

/**
 * How long --follow waits for a notification before it reads the row anyway:
 * NOTIFY is not stored, so a dropped LISTEN connection would otherwise leave it
 * waiting for good.
 */
const FALLBACK_READ_MS = 5000;

export const PULL_USAGE = `  pull --entity TYPE [--full] [--follow]
                             queue a pull of one entity type from Odoo, as the
                             requestOdooPull mutation does (--full: from the
                             beginning); --follow shows its progress until it
                             ends (a bar in a terminal, plain lines otherwise)
                             and exits 0 when it succeeded, 1 when it failed`;

/**
 * `hub pull`. --follow LISTENs on the channel the worker NOTIFYs each page on
 * (the table stays the truth: each notification, or FALLBACK_READ_MS without
 * one, reads the type's row), so progress shows as soon as a page commits
 * without polling the table every fraction of a second.
 */
export async function pullCommand(
  args: string[],
  withDatabase: <T>(fn: (orm: MikroORM) => Promise<T>) => Promise<T>,
): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      entity: { type: 'string' },
      full: { type: 'boolean', default: false },
      follow: { type: 'boolean', default: false },
    },
  });
  const names = Object.keys(EntityType).join(', ');
  const name = values.entity?.toUpperCase();
  if (!name || !Object.hasOwn(EntityType, name)) {
    throw badInput(`pull needs --entity, one of ${names}${values.entity ? `; got ${values.entity}` : ''}`);
  }
  const entityType = EntityType[name as keyof typeof EntityType];
  const full = values.full;
  const odooConfigured = odooConnectionFrom(loadConfig()) !== null;
  return withDatabase(async (orm) => {
    const em = orm.em.fork();
    // Listening before the request: no notification of the pull can come before it.
    const wake = values.follow ? await listen(orm.config.get('clientUrl')!, entityType) : null;
    try {
      const [{ now: requestedAt }] = (await sqlQuery<{ now: Date }>(em, 'select now() as "now"')) as [{ now: Date }];
      await requestPull(em, entityType, full, odooConfigured);
      process.stdout.write(`queued a ${full ? 'full ' : ''}pull of ${name}\n`);
      if (!wake) return 0;
      const view = process.stdout.isTTY
        ? ttyView(process.stdout, process.stderr, name)
        : plainView(process.stdout, process.stderr, name);
      for (;;) {
        const [row] = await pullProgress(em, entityType);
        // The requested pull is the first to start after the request (a queued one is replaced by it).
        if (row && row.startedAt >= new Date(requestedAt) && (row.full || !full)) {
          view.show(row);
          if (row.state === PullState.SUCCEEDED) return 0;
          if (row.state === PullState.FAILED) return 1;
        } else view.waiting(row ?? null);
        await wake.next(FALLBACK_READ_MS);
      }
    } finally {
      await wake?.close();
    }
  });
}

/** A LISTEN connection: `next(ms)` resolves at the next notification about `entityType`, or after `ms`. */
async function listen(
  connectionString: string,
  entityType: EntityType,
): Promise<{ next(ms: number): Promise<void>; close(): Promise<void> }> {
  const client = new pg.Client({ connectionString, application_name: 'odoo-sync-hub pull --follow' });
  let pending = false;
  let wakeUp: (() => void) | null = null;
  client.on('notification', (msg) => {
    if (msg.channel !== PULL_PROGRESS_CHANNEL || !msg.payload) return;
    if (decodePullProgress(msg.payload).entityType !== entityType) return;
    pending = true;
    wakeUp?.();
  });
  // A lost connection is covered by the fallback reads; nothing to crash for.
  client.on('error', () => undefined);
  await client.connect();
  await client.query(`listen ${PULL_PROGRESS_CHANNEL}`);
  return {
    async next(ms) {
      if (!pending) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, ms);
          wakeUp = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wakeUp = null;
      }
      pending = false;
    },
    close: () => client.end().catch(() => undefined),
  };
}
