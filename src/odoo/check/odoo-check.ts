import type { OdooClient } from '../odoo-client.js';
import { isUnknownModel, OdooError } from '../odoo-error.js';
import { odooMajorVersion, type OdooProtocol } from '../odoo-transport.js';
import { mayAccess } from './access-rights.js';
import { accessFix } from './group-hints.js';
import { MODULE_OF_MODEL, MODULES, modelNeeds, type ModelNeed } from './needs.js';

/**
 * Glossary. A *problem* stops the hub from doing part of its job (a right,
 * a field, a required addon, a refused login) and comes with its *fix*; a
 * *note* says what the hub does differently (an optional addon missing, the
 * protocol chosen). The check is *ok* when it found no problem.
 */
export interface OdooCheckProblem {
  /** The Odoo model concerned, if any. */
  model: string | null;
  /** `read`, `create`, `write`, or null (login, addons). */
  operation: string | null;
  /** The field concerned, for a field the user cannot read. */
  field: string | null;
  message: string;
  fix: string;
}

export interface OdooCheckReport {
  ok: boolean;
  /** The protocol the hub uses (null when Odoo never answered). */
  protocol: OdooProtocol | null;
  /** Odoo's server_version (e.g. `17.0`, `saas~18.2`), null when it never answered. */
  version: string | null;
  checkedAt: Date;
  problems: OdooCheckProblem[];
  notes: string[];
}

const LOGIN_FIX =
  'check ODOO_DB, ODOO_USERNAME and ODOO_API_KEY: the key must be an API key of that user ' +
  '(in Odoo: the user menu / Preferences / Account Security / New API Key)';

/** Odoo refused who the hub says it is (JSON-RPC: authenticate answered no uid; JSON-2: 401). */
const loginRefused = (err: unknown) =>
  err instanceof OdooError && (err.odooName === 'odoo.exceptions.AccessDenied' || err.httpStatus === 401);

/** A problem about a model right or a field. */
const problem = (
  model: string | null,
  operation: string | null,
  message: string,
  fix: string,
  field: string | null = null,
): OdooCheckProblem => ({ model, operation, field, message, fix });

/**
 * Logs in, finds Odoo's version and the protocol, and checks everything the
 * hub needs of the Odoo user (modelNeeds: read rights and fields of every
 * pulled model, create and write rights of every pushed one) and of the
 * database (the addons of MODULES), with Odoo's own checks (access-rights.ts,
 * fields_get). Never throws: what went wrong is in the report. `signal`
 * stops it between calls.
 */
export async function checkOdooConnection(odoo: OdooClient, signal?: AbortSignal): Promise<OdooCheckReport> {
  const report: OdooCheckReport = {
    ok: false,
    protocol: null,
    version: null,
    checkedAt: new Date(),
    problems: [],
    notes: [],
  };
  const { url, db } = odoo.connection;
  let major: number | null;
  try {
    const info = await odoo.versionInfo();
    report.version = info.serverVersion;
    major = odooMajorVersion(info);
    report.protocol = await odoo.protocol();
  } catch (err) {
    report.problems.push(
      problem(
        null,
        null,
        `Odoo at ${url} does not answer /web/webclient/version_info: ${(err as Error).message}`,
        'check ODOO_URL (the address of the Odoo web client, e.g. https://erp.example.com) and that Odoo runs',
      ),
    );
    return report;
  }
  if (!protocolFits(odoo, major, report)) return report;

  const installed = await moduleStates(odoo, report);
  if (!installed) return report;
  for (const module of MODULES) {
    if (installed.get(module.name) === 'installed') continue;
    const text = `the addon ${module.name} (${module.label}) is not installed in database ${db}`;
    if (module.required) {
      report.problems.push(
        problem(null, null, `${text}: ${module.without}`, `install "${module.label}" (${module.name}) in Odoo's Apps`),
      );
    } else report.notes.push(`${text} (optional): ${module.without}`);
  }

  for (const need of modelNeeds()) {
    // A stopping hub does not wait for the rest (its report is not stored).
    if (signal?.aborted) break;
    await checkModel(odoo, major ?? 0, need, installed, report);
  }
  report.ok = report.problems.length === 0;
  return report;
}

/** Whether the configured protocol can work with this version; adds the protocol's problems and notes. */
function protocolFits(odoo: OdooClient, major: number | null, report: OdooCheckReport): boolean {
  const version = report.version;
  if (major !== null && major >= 19) {
    report.notes.push(
      odoo.protocolSetting === 'jsonrpc'
        ? `ODOO_PROTOCOL=jsonrpc on Odoo ${version}: /jsonrpc is deprecated since Odoo 19 and will be removed in Odoo 22; set ODOO_PROTOCOL=auto (or json2) to use JSON-2`
        : `Odoo ${version}: the hub uses JSON-2 (/json/2); /jsonrpc is deprecated since Odoo 19 and will be removed in Odoo 22`,
    );
    return true;
  }
  if (report.protocol === 'json2') {
    report.problems.push(
      problem(
        null,
        null,
        `ODOO_PROTOCOL=json2, but Odoo ${version} has no JSON-2 API (it came with Odoo 19)`,
        'set ODOO_PROTOCOL=auto (or jsonrpc)',
      ),
    );
    return false;
  }
  return true;
}

/**
 * The states of the addons of MODULES (ir.module.module, readable by every
 * internal user): the first call that needs the login, so a refused login or
 * a wrong database is reported here. Null when the check cannot go on.
 */
async function moduleStates(odoo: OdooClient, report: OdooCheckReport): Promise<Map<string, string> | null> {
  try {
    const rows = await odoo.searchRead('ir.module.module', [['name', 'in', MODULES.map((m) => m.name)]], {
      fields: ['name', 'state'],
    });
    return new Map(rows.map((r) => [String(r.name), String(r.state)]));
  } catch (err) {
    const { username, db } = odoo.connection;
    report.problems.push(
      loginRefused(err)
        ? problem(null, null, `Odoo refused the login of ${username} on database ${db}`, LOGIN_FIX)
        : problem('ir.module.module', 'read', (err as Error).message, accessFix('ir.module.module', 'read')),
    );
    return null;
  }
}

/** The rights and fields of one model the hub uses. */
async function checkModel(
  odoo: OdooClient,
  major: number,
  need: ModelNeed,
  installed: Map<string, string>,
  report: OdooCheckReport,
): Promise<void> {
  const { model } = need;
  for (const operation of need.operations) {
    let allowed: boolean;
    try {
      allowed = await mayAccess(odoo, major, model, operation);
    } catch (err) {
      if (!isUnknownModel(err)) {
        report.problems.push(problem(model, operation, (err as Error).message, accessFix(model, operation)));
        continue;
      }
      const module = MODULE_OF_MODEL[model] ?? 'its addon';
      const optional = MODULES.find((m) => m.name === module && !m.required);
      // An optional addon's own note already says what the hub does without it (website_sale's categories).
      if (optional) return;
      if (installed.get(module) === 'uninstalled') {
        report.notes.push(`${model} does not exist in this Odoo (addon ${module} not installed): not synced`);
      } else {
        report.problems.push(
          problem(model, null, `${model} does not exist in this Odoo`, `install the addon ${module} in Odoo's Apps`),
        );
      }
      return;
    }
    if (!allowed) {
      report.problems.push(
        problem(model, operation, `the Odoo user may not ${operation} ${model}`, accessFix(model, operation)),
      );
    } else if (operation === 'read' && need.fields.length) {
      await checkFields(odoo, need, report);
    }
  }
}

/**
 * Fields the pull reads that the user's fields_get lacks: Odoo leaves out of
 * fields_get every field whose `groups=` the user is in none of (odoo/models.py
 * `fields_get`), and read() refuses them; a field this Odoo does not have at
 * all looks the same from outside.
 */
async function checkFields(odoo: OdooClient, need: ModelNeed, report: OdooCheckReport): Promise<void> {
  let present: Record<string, unknown>;
  try {
    present = (await odoo.call(need.model, 'fields_get', null, { attributes: ['type'] })) as Record<string, unknown>;
  } catch (err) {
    report.problems.push(problem(need.model, 'read', (err as Error).message, accessFix(need.model, 'read')));
    return;
  }
  for (const field of need.fields) {
    if (Object.hasOwn(present, field)) continue;
    report.problems.push(
      problem(
        need.model,
        'read',
        `the Odoo user cannot read the field ${need.model}.${field}: it is not in the user's fields_get (restricted to groups the user is not in, or absent from this Odoo)`,
        `grant the Odoo user a group the field ${field} is restricted to (Settings / Technical / Fields, ${need.model}: "Groups")`,
        field,
      ),
    );
  }
}
