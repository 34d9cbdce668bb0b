import type { WithDatabase } from './command-group.js';
import { consumersCommand } from './consumers.command.js';
import { deliveriesCommand } from './deliveries.command.js';
import { failuresCommand } from './failures.command.js';
import { jobsCommand } from './jobs.command.js';
import { queueCommand } from './queue.command.js';
import { tokensCommand } from './tokens.command.js';

/** The operator's command groups (docs/cli.md), each `hub <group> <subcommand> [--json]`. */
export const OPERATOR_COMMANDS: Record<string, (args: string[], withDatabase: WithDatabase) => Promise<number>> = {
  failures: failuresCommand,
  queue: queueCommand,
  deliveries: deliveriesCommand,
  jobs: jobsCommand,
  tokens: tokensCommand,
  consumers: consumersCommand,
};

export const OPERATOR_USAGE = `
Operator commands (each: --json for JSON; \`<group> --help\` for its flags):
  failures list|show ID|retry ID|resolve ID [--note TEXT]
                             sync failures (--status, --entity, --source, --limit)
  queue list|retry ID        pushes into Odoo (--status, --entity, --limit)
  deliveries list|redeliver ID
                             webhook deliveries (--status, --webhook, --limit)
  jobs list                  graphile-worker's jobs (--status, --task, --limit)
  tokens list|revoke ID      API tokens (--status live|revoked|expired, --limit)
  consumers list|create      the change feed's consumers (create: --name, --types,
                             --pricelist, --warehouse)`;
