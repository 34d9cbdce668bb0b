import { wrap, type EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { Partner } from '../../modules/partner/partner.entity.js';
import type { OdooClient } from '../odoo-client.js';
import { WITH_ARCHIVED } from '../pull/pull-source.js';
import { companyVals } from './company-vals.js';
import { createOnce, findByReference, isOurs } from './create-once.js';
import { customerByEmail as customerByEmailJoined } from './joined-calls.js';
import { missingInOdoo, type PartnerSearches, type PushScope } from './push-scope.js';

/** The model partners are pulled from is the one they are pushed to. */
const ODOO_MODEL = SYNCABLE_TYPES[EntityType.PARTNER].pull.model;

/** res.partner fields the webshop's data may carry under Odoo's own names. */
const PARTNER_FIELDS = [
  'name',
  'email',
  'phone',
  'mobile',
  'street',
  'street2',
  'zip',
  'city',
  'vat',
  'comment',
  'website',
];

const isEmpty = (value: unknown) => value === undefined || value === null || value === false || value === '';

async function countryId(odoo: OdooClient, code: unknown): Promise<number | false | undefined> {
  if (code === undefined) return undefined;
  if (code === null || code === '') return false;
  const [id] = await odoo.search('res.country', [['code', '=', String(code).toUpperCase()]], { limit: 1 });
  if (!id) throw missingInOdoo(`Country ${JSON.stringify(code)}`);
  return id;
}

/**
 * `state_code` → res.country.state of the partner's country. Odoo's codes are
 * not uniform (base/data/res.country.state.csv has "BY" for an Italian
 * province but "DE-BY" for Bavaria), so the code is tried bare and prefixed
 * with the country's. Without `country_code` the code must name one state.
 */
async function stateId(odoo: OdooClient, code: unknown, country: unknown): Promise<number | false | undefined> {
  if (code === undefined) return undefined;
  if (isEmpty(code)) return false;
  const wanted = String(code).toUpperCase();
  const countryCode = typeof country === 'string' && country ? country.toUpperCase() : null;
  const codes = countryCode && !wanted.startsWith(`${countryCode}-`) ? [wanted, `${countryCode}-${wanted}`] : [wanted];
  const domain: unknown[] = [['code', 'in', codes]];
  if (countryCode) domain.push(['country_id.code', '=', countryCode]);
  const ids = await odoo.search('res.country.state', domain, { limit: 2 });
  if (ids.length !== 1) {
    throw missingInOdoo(`State ${JSON.stringify(code)}${countryCode ? ` of country ${countryCode}` : ''}`);
  }
  return ids[0]!;
}

/**
 * Odoo values of a partner's data (only keys that are present; unknown keys
 * stay in the hub), for this Odoo version: where res.partner has no `mobile`
 * (19; removed in saas-18.2) the mobile number becomes the phone when there is
 * none, and otherwise stays in the hub only.
 */
async function partnerVals(odoo: OdooClient, data: Record<string, unknown>): Promise<Record<string, unknown>> {
  const vals: Record<string, unknown> = {};
  for (const field of PARTNER_FIELDS) if (field in data) vals[field] = data[field] ?? false;
  if ('mobile' in data && !(await odoo.hasField(ODOO_MODEL, 'mobile'))) {
    delete vals.mobile;
    if (isEmpty(data.phone) && !isEmpty(data.mobile)) vals.phone = data.mobile;
  }
  if ('country_code' in data) vals.country_id = await countryId(odoo, data.country_code);
  if ('state_code' in data) vals.state_id = await stateId(odoo, data.state_code, data.country_code);
  return vals;
}

/**
 * The partner's Odoo `type`: the one its data carries under Odoo's name when
 * this Odoo has it (Odoo 16's 'private', Enterprise's 'followup', which the
 * hub's PartnerType lacks), else the hub's type.
 */
async function partnerType(odoo: OdooClient, partner: Partner): Promise<string> {
  const wanted = partner.currentData.type;
  if (typeof wanted === 'string' && wanted && wanted !== partner.type) {
    const selection = (await odoo.fields(ODOO_MODEL)).type?.selection ?? [];
    if (selection.some(([key]) => key === wanted)) return wanted;
  }
  return partner.type;
}

/**
 * Makes sure a partner (and first its parent) exists in Odoo; returns its Odoo
 * id. `pushed` remembers the partners this push has already handled, so a
 * customer named by an order three times (customer, invoice and delivery
 * address) is written once.
 */
export async function pushPartner(
  scope: PushScope,
  partner: Partner,
  pushed = new Map<string, number>(),
): Promise<number> {
  const done = pushed.get(partner.id);
  if (done !== undefined) return done;
  // The parent as read with the partner (populated, or an order's family), else loaded.
  const parent = partner.parent
    ? wrap(partner.parent).isInitialized()
      ? partner.parent
      : await scope.tx.findOneOrFail(Partner, { id: partner.parent.id })
    : null;
  const parentOdooId = parent ? await pushPartner(scope, parent, pushed) : null;
  const id = await pushOnePartner(scope, partner, parentOdooId);
  pushed.set(partner.id, id);
  return id;
}

/** The SQL that takes the push lock of the partner whose external id is the SQL expression `key`. */
export function partnerLockSql(key: string): string {
  return `pg_advisory_xact_lock(hashtext('odoo_push:partner:' || ${key}))`;
}

/**
 * Locks the partners a push will search for and maybe create, in one statement
 * and in key order (so two pushes never deadlock): on top of the customer's lock,
 * this keeps an address moved to another customer from being pushed under both
 * customers' locks at once.
 */
export async function lockPartners(em: EntityManager, partners: Partner[]): Promise<void> {
  const keys = new Set<string>();
  for (const p of partners) {
    keys.add(p.externalId);
    if (p.parent?.externalId) keys.add(p.parent.externalId);
  }
  await sqlQuery(em, `select ${partnerLockSql('k')} from unnest($1::text[]) as k order by k`, [[...keys]]);
}

/**
 * Starts, all at once, the Odoo searches that pushing `partners` will make for
 * those Odoo does not know by id yet: each one's reference, and a customer's
 * e-mail (needed when the reference finds nothing). Read-only, and made under
 * the partners' locks (lockPartners first), so what they find is what a search
 * made later in the push would find; pushOnePartner awaits them instead of
 * searching one after another, and concurrent pushes' searches are joined.
 */
export function lookAheadPartners(scope: PushScope, partners: Partner[]): void {
  const lookups = (scope.partnerLookups ??= new Map());
  for (const p of partners) {
    if (p.odooId || lookups.has(p.id)) continue;
    // Started from the payload under the same lock, for this reference (and e-mail): the same search, sent earlier.
    const ahead = scope.partnersAhead?.get(p.externalId);
    const address = p.parent ? null : emailOf(p.currentData.email);
    const ref = ahead?.ref ?? searchRef(scope.odoo, p.externalId);
    const email =
      address === null
        ? null
        : ahead?.email?.address === address
          ? ahead.email.found
          : searchEmail(scope.odoo, address);
    lookups.set(p.id, { ref, email });
  }
}

/**
 * The searches lookAheadPartners would start for the partners a queue row's
 * payload names (`partners`: placeSaleOrder's customer and addresses when Odoo
 * did not know the customer), started as soon as the push holds their locks
 * (`locked`: lockPush takes them with the push's own), beside the read under
 * the lock rather than after it. Only references in `locked` are searched: a
 * search counts only if it was made under the partner's lock. The e-mail search
 * is the payload's customer's e-mail; lookAheadPartners uses it only where the
 * partner read under the lock is a customer with that same e-mail, and a
 * reference's search only for that partner (a partner Odoo knows by id by then
 * needs neither: the search was read-only and goes unused).
 */
export function partnersByPayload(
  odoo: OdooClient,
  payload: Record<string, unknown>,
  locked: readonly string[],
): Map<string, PartnerSearches> | undefined {
  if (!locked.length || !Array.isArray(payload.partners)) return undefined;
  const searches = new Map<string, PartnerSearches>();
  for (const named of payload.partners as { ref?: unknown; email?: unknown }[]) {
    if (typeof named?.ref !== 'string' || !locked.includes(named.ref) || searches.has(named.ref)) continue;
    const address = emailOf(named.email);
    searches.set(named.ref, {
      ref: searchRef(odoo, named.ref),
      email: address === null ? null : { address, found: searchEmail(odoo, address) },
    });
  }
  return searches;
}

/**
 * A partner's searches, started: by reference, and a customer's by e-mail. Handled
 * here too: a push that stops early (its order was found) does not await them.
 */
function searchRef(odoo: OdooClient, ref: string): Promise<number | undefined> {
  const found = findByReference(odoo, ODOO_MODEL, 'ref', ref);
  found.catch(() => undefined);
  return found;
}

function searchEmail(odoo: OdooClient, address: string): Promise<number | null> {
  const found = customerByEmailJoined(odoo, address);
  found.catch(() => undefined);
  return found;
}

/** The e-mail a customer is searched by: trimmed, and none when blank or not text. */
const emailOf = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * Of `partners` (lookAheadPartners first), those pushOnePartner will create:
 * not known in Odoo by id, and the searches started ahead found nothing (by
 * reference; for a customer, by e-mail either). A search that failed counts as
 * not known: the push meets its error again where it awaits it.
 */
export async function partnersToCreate(scope: PushScope, partners: Partner[]): Promise<Partner[]> {
  const nothingFound = await Promise.all(
    partners.map(async (p) => {
      const ahead = scope.partnerLookups?.get(p.id);
      if (p.odooId || !ahead) return false;
      try {
        if ((await ahead.ref) !== undefined) return false;
        return p.parent ? true : (await ahead.email) === null;
      } catch {
        return false;
      }
    }),
  );
  return partners.filter((_, i) => nothingFound[i]);
}

/** `saveCustomer`'s push: the customer (after its parent, if any), then each of its addresses. */
export async function pushCustomer(scope: PushScope, partner: Partner): Promise<number> {
  const pushed = new Map<string, number>();
  const addresses = await scope.tx.find(
    Partner,
    { parent: partner.id },
    { populate: ['parent'], orderBy: { id: 'asc' } },
  );
  await lockPartners(scope.tx, [partner, ...addresses]);
  lookAheadPartners(scope, [partner, ...addresses]);
  const id = await pushPartner(scope, partner, pushed);
  for (const address of addresses) await pushPartner(scope, address, pushed);
  return id;
}

/**
 * One partner: the Odoo record the hub made for it gets what differs written;
 * an Odoo partner that carries its reference, or (for a customer) its e-mail,
 * but that Odoo made is linked (its id is used, nothing is written); else a
 * new partner is created.
 */
async function pushOnePartner(scope: PushScope, partner: Partner, parentOdooId: number | null): Promise<number> {
  const { odoo } = scope;
  // Only fields this Odoo version has are sent (a data key named like a field Odoo lacks stays in the hub).
  const wanted = await odoo.onlyKnownFields(ODOO_MODEL, {
    ...(await partnerVals(odoo, partner.currentData)),
    name: String(partner.currentData.name ?? partner.externalId),
    type: await partnerType(odoo, partner),
    ...(parentOdooId ? { parent_id: parentOdooId } : {}),
  });
  const ahead = scope.partnerLookups?.get(partner.id);
  const found = partner.odooId ?? (await (ahead?.ref ?? findByReference(odoo, ODOO_MODEL, 'ref', partner.externalId)));
  let odooId: number | null = null;
  if (found) {
    // Ours (known, or found after an earlier try): write what differs from Odoo's
    // values, so no edit is lost however many came between pushes. Odoo's own: linked.
    if (await isOurs(scope, ODOO_MODEL, EntityType.PARTNER, partner.id, found)) {
      await writeDifferences(odoo, ODOO_MODEL, found, wanted);
    }
    odooId = found;
  } else if (!partner.parent) {
    odooId = await (ahead?.email ?? customerByEmail(odoo, partner.currentData.email));
  }
  odooId ??= await createOnce(scope, ODOO_MODEL, EntityType.PARTNER, partner.id, {
    ...wanted,
    ref: partner.externalId,
    ...(await companyVals(odoo, ODOO_MODEL)),
  });
  // Written with the push's other partners at its end (completePush).
  (scope.partnerOdooIds ??= new Map()).set(partner.id, odooId);
  return odooId;
}

/**
 * The customer (a partner without a parent) Odoo already has for this e-mail,
 * the oldest if several: a webshop customer who exists in Odoo is linked to it
 * (compared as `=ilike`: see joined-calls.ts).
 */
async function customerByEmail(odoo: OdooClient, email: unknown): Promise<number | null> {
  const address = emailOf(email);
  return address ? customerByEmailJoined(odoo, address) : null;
}

/** Writes the fields of `wanted` whose value in Odoo differs (many2one compared by id); nothing when none do. */
async function writeDifferences(
  odoo: OdooClient,
  model: string,
  id: number,
  wanted: Record<string, unknown>,
): Promise<void> {
  const [current] = await odoo.read(model, [id], Object.keys(wanted), WITH_ARCHIVED);
  if (!current) throw missingInOdoo(`${model} ${id}`);
  const differs = Object.entries(wanted).filter(([field, value]) => {
    const have = current[field];
    const haveId = Array.isArray(have) ? have[0] : have;
    return (haveId ?? false) !== (value ?? false);
  });
  if (differs.length) await odoo.write(model, [id], Object.fromEntries(differs));
}
