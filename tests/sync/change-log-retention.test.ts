import { parseCronItems, quickAddJob, runOnce, type JobHelpers } from 'graphile-worker';
import { graphql } from '../gql/index.js';
import { loadConfig } from '../../src/config.js';
import { workerLogger } from '../../src/db/database.js';
import { pruneChangeLogTask } from '../../src/jobs/prune-change-log.task.js';
import { createTaskList, cronItems } from '../../src/jobs/task-list.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { subscribe } from '../support/ws.js';

const RetentionIngest = graphql(`
  mutation RetentionIngest($input: [ProductInput!]!) {
    ingestProducts(input: $input) {
      changes {
        externalId
        position
      }
    }
  }
`);
const OnChangeAfter = graphql(`
  subscription OnChangeAfter($since: ID) {
    entityChanged(since: $since) {
      externalId
      position
    }
  }
`);

// A database of its own: pruning empties the head of the log, which other tests resume from.
describe('change log retention', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('change_log_retention');
  });
  afterAll(async () => {
    await hub.close();
  });

  const sql = <T>(text: string, params: unknown[] = []) => hub.app.orm.em.getConnection().execute<T[]>(text, params);
  const taskList = () =>
    createTaskList({
      orm: hub.app.orm,
      odoo: null,
      logger: hub.app.logger,
      maxAttempts: 10,
      fetch: hub.app.fetch,
      config: hub.app.config,
    });
  const ingest = async (prefix: string, count: number) => {
    const { data } = await hub.request(RetentionIngest, {
      input: Array.from({ length: count }, (_, i) => ({ externalId: `${prefix}-${i}`, data: { v: 1 } })),
    });
    return data!.ingestProducts.changes;
  };

  it('prunes rows older than the retention in chunks, refuses to resume from them, and resumes after the rest', async () => {
    const old = await ingest('OLD', 25);
    const recent = await ingest('RECENT', 3);
    await sql(`update change_log set logged_at = now() - interval '8 days' where position <= ?`, [
      old.at(-1)!.position,
    ]);

    // chunk 10: three DELETEs for 25 rows; the third finds the recent rows in its chunk and ends the run.
    await quickAddJob({ connectionString: hub.dbUrl }, 'prune_change_log', { retentionDays: 7, chunk: 10 });
    await runOnce({ connectionString: hub.dbUrl, taskList: taskList(), logger: workerLogger(createLogger('silent')) });

    const left = await sql<{ external_id: string }>(`select external_id from change_log order by position`);
    expect(left.map((r) => r.external_id)).toEqual(['RECENT-0', 'RECENT-1', 'RECENT-2']);
    expect(await sql('select last_error from graphile_worker.jobs')).toEqual([]);

    // A position that was pruned: refused with its reason.
    const expired = subscribe(hub.url, hub.adminToken, OnChangeAfter, { since: old[3]!.position });
    try {
      const { errors } = await expired.next();
      expect(errors?.[0]?.message).toMatch(/older than the change log keeps \(CHANGE_LOG_RETENTION_DAYS=7\)/);
      expect(errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'CHANGE_LOG_EXPIRED',
        oldestPosition: recent[0]!.position,
      });
    } finally {
      await expired.close();
    }

    // One that is kept: what follows it.
    const resumed = subscribe(hub.url, hub.adminToken, OnChangeAfter, { since: recent[0]!.position });
    try {
      expect((await resumed.next()).data!.entityChanged.externalId).toBe('RECENT-1');
      expect((await resumed.next()).data!.entityChanged.externalId).toBe('RECENT-2');
    } finally {
      await resumed.close();
    }
  });

  it('refuses a payload without a valid retention', async () => {
    const helpers = {} as JobHelpers;
    await expect(pruneChangeLogTask({}, helpers)).rejects.toThrow(/retentionDays/);
    await expect(pruneChangeLogTask({ retentionDays: 0 }, helpers)).rejects.toThrow(/retentionDays/);
  });

  it('is scheduled hourly with CHANGE_LOG_RETENTION_DAYS, 7 days by default', () => {
    const prune = (env: Record<string, string>) =>
      parseCronItems(cronItems(loadConfig(env), false)).filter((i) => i.task === 'prune_change_log');
    expect(prune({})).toEqual([
      expect.objectContaining({ identifier: 'prune_change_log', payload: { retentionDays: 7 } }),
    ]);
    expect(prune({ CHANGE_LOG_RETENTION_DAYS: '2' })[0]!.payload).toEqual({ retentionDays: 2 });
    expect(() => loadConfig({ CHANGE_LOG_RETENTION_DAYS: '0' })).toThrow(/CHANGE_LOG_RETENTION_DAYS/);
    expect(Object.keys(taskList())).toContain('prune_change_log');
  });
});
