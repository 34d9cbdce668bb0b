import type { MikroORM } from '@mikro-orm/postgresql';
import { saveConnectionCheck } from '../modules/odoo-connection/odoo-connection.service.js';
import { checkOdooConnection } from '../odoo/check/odoo-check.js';
import { circuitKey } from '../odoo/odoo-circuit.js';
import type { OdooClient } from '../odoo/odoo-client.js';
import type { Logger } from '../observability/logger.js';

/**
 * The check `npm run hub -- odoo:check` runs, run by a worker at its start:
 * its result is stored for `syncStatus.odooConnection` (every instance reads
 * it) and logged, a warning per problem. It never fails the start: a hub
 * whose Odoo lacks a right still serves and syncs what it can.
 */
export async function checkOdooAtStart(
  odoo: OdooClient,
  orm: MikroORM,
  logger: Logger,
  signal: AbortSignal,
): Promise<void> {
  try {
    const report = await checkOdooConnection(odoo, signal);
    if (signal.aborted) return;
    await saveConnectionCheck(orm.em.fork(), { connection: circuitKey(odoo.connection), ...report });
    for (const problem of report.problems) logger.warn({ odooCheck: problem }, `Odoo check: ${problem.message}`);
    logger.info(
      { ok: report.ok, protocol: report.protocol, version: report.version, notes: report.notes },
      report.ok ? 'Odoo check: OK' : `Odoo check: ${report.problems.length} problem(s)`,
    );
  } catch (err) {
    // Only the hub's own database can fail here (the check reports Odoo's failures): a stop under way, say.
    logger.warn({ err }, 'Odoo check: its result could not be stored');
  }
}
