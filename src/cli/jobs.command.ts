import { sqlQuery } from '../db/sql.js';
import { type Column, type JsonRecord, printList } from './cli-output.js';
import { commandGroup, enumFlag, limitOf } from './command-group.js';

/**
 * `hub jobs list`: graphile-worker's jobs, read from its public view
 * `graphile_worker.jobs` (sql/000017.sql of graphile-worker 0.18), never its
 * private tables. A job leaves the table when it succeeds; what stays is
 * waiting, running, or failed for good (attempts = max_attempts).
 */

/** A job's state, from the view's columns; the order of the cases matters (a failed job may still be locked). */
const STATE = `case
  when j.attempts >= j.max_attempts then 'failed'
  when j.locked_at is not null then 'running'
  when j.attempts > 0 then 'retrying'
  when j.run_at > now() then 'scheduled'
  else 'ready' end`;

const STATES = ['ready', 'scheduled', 'retrying', 'running', 'failed'] as const;

const LIST = `
select * from (
  select j.id::text as id, ${STATE} as state, j.task_identifier as task, j.queue_name as queue, j.key,
         j.attempts, j.max_attempts, j.run_at, j.locked_at, j.locked_by, j.last_error, j.created_at
    from graphile_worker.jobs j
) s
 where ($1::text is null or s.state = $1) and ($2::text is null or s.task = $2)
 order by s.id::bigint desc
 limit $3`;

interface JobRow {
  id: string;
  state: string;
  task: string;
  queue: string | null;
  key: string | null;
  attempts: number;
  max_attempts: number;
  run_at: Date;
  locked_at: Date | null;
  locked_by: string | null;
  last_error: string | null;
  created_at: Date;
}

const toJson = (j: JobRow): JsonRecord => ({
  id: j.id,
  state: j.state,
  task: j.task,
  queue: j.queue,
  key: j.key,
  attempts: j.attempts,
  maxAttempts: j.max_attempts,
  runAt: j.run_at,
  lockedAt: j.locked_at,
  lockedBy: j.locked_by,
  lastError: j.last_error,
  createdAt: j.created_at,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'STATE', key: 'state' },
  { header: 'TASK', key: 'task' },
  { header: 'KEY', key: 'key', max: 50 },
  { header: 'ATTEMPTS', key: 'attempts' },
  { header: 'RUN AT', key: 'runAt' },
  { header: 'LAST ERROR', key: 'lastError', max: 40 },
];

export const jobsCommand = commandGroup('jobs', {
  list: {
    usage: '[--status ready|scheduled|retrying|running|failed] [--task NAME] [--limit N]',
    summary: "graphile-worker's jobs (graphile_worker.jobs), newest first (50 unless --limit)",
    flags: { status: 'string', task: 'string', limit: 'string' },
    async run({ db, values, out }) {
      const state = enumFlag(values, 'status', STATES) ?? null;
      const limit = limitOf(values);
      const rows = await db((em) => sqlQuery<JobRow>(em, LIST, [state, values.task ?? null, limit]));
      printList(out, rows.map(toJson), COLUMNS);
    },
  },
});
