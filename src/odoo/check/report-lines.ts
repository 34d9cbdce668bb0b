import type { OdooCheckReport } from './odoo-check.js';

const PROTOCOL_NAMES = { jsonrpc: 'JSON-RPC (/jsonrpc)', json2: 'JSON-2 (/json/2)' } as const;

/**
 * What `odoo:check` prints: where it looked, a line per note, a line per
 * problem with its fix, and the verdict last (`OK … protocol …`, or the
 * number of problems).
 */
export function reportLines(
  report: OdooCheckReport,
  where: { url: string; db: string; username: string; protocolSetting: string },
): string[] {
  const lines = [
    `Odoo ${report.version ?? '(no answer)'} at ${where.url}, database ${where.db}, user ${where.username}` +
      (report.protocol ? `; protocol ${PROTOCOL_NAMES[report.protocol]} (ODOO_PROTOCOL=${where.protocolSetting})` : ''),
  ];
  for (const note of report.notes) lines.push(`note: ${note}`);
  for (const p of report.problems) {
    const what = [p.model, p.field ? `field ${p.field}` : null, p.operation].filter(Boolean).join(' ');
    lines.push(`PROBLEM${what ? ` (${what})` : ''}: ${p.message}. Fix: ${p.fix}.`);
  }
  lines.push(
    report.ok
      ? `OK: the hub can do its job with this Odoo, over ${report.protocol}`
      : `${report.problems.length} problem${report.problems.length === 1 ? '' : 's'}: fix ${report.problems.length === 1 ? 'it' : 'them'} in Odoo and run odoo:check again`,
  );
  return lines;
}
