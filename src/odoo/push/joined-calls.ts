import type { EntityManager } from '@mikro-orm/postgresql';
import { noteCreates, type CreateNote } from '../../modules/odoo-create/odoo-create.service.js';
import type { OdooStatus } from '../../modules/sale-order/odoo-status.type.js';
import { CallBatcher } from '../call-batcher.js';
import type { OdooClient, RawRecord } from '../odoo-client.js';
import { mayHaveRun, OdooError } from '../odoo-error.js';
import { orderStatusFields, readOrderStatuses } from '../order-status.js';
import { WITH_ARCHIVED } from '../pull/pull-source.js';

/**
 * The Odoo calls of concurrent pushes that are joined (call-batcher.ts): the
 * searches by the hub's reference, the creates, and the read-backs of sale
 * orders. One set per OdooClient, shared by every push of the process.
 *
 * What each call means stays what it was for one record alone: a search gives
 * each reference the record a search with limit 1 would have given (the first
 * in the model's order), a create of several records is one transaction in Odoo
 * (all or none), and a read gives each order what reading it alone would.
 * Exactly-once does not rest on the joining: each push notes its create before
 * it hands its values over (create-once.ts), so after a lost answer or a crash
 * every record of a list create is found by its reference and adopted.
 */

const PARTNER = 'res.partner';

/** Records one create carries at most: a request stays small, a failure touches few. */
const CREATE_BATCH = 50;
/** Joined calls of one kind running at once: two, so one slow call does not hold up every push. */
const RUNNING = 2;

interface Lookup {
  model: string;
  field: string;
  reference: string;
}

/** A partner looked up by the hub's reference (`ref`) or, for a customer, by e-mail. */
type PartnerKey = { ref: string } | { email: string };

interface Lanes {
  lookups: Map<string, CallBatcher<string, number | undefined>>;
  partners: CallBatcher<PartnerKey, number | null | undefined>;
  creates: Map<string, CallBatcher<Record<string, unknown>, number>>;
  orderStatus: CallBatcher<number, { order: RawRecord; status: OdooStatus } | null>;
  confirms: CallBatcher<number, void>;
}

const lanesOf = new WeakMap<OdooClient, Lanes>();

function lanes(odoo: OdooClient): Lanes {
  let found = lanesOf.get(odoo);
  if (!found) {
    found = {
      lookups: new Map(),
      partners: new CallBatcher((keys) => searchPartners(odoo, keys), {
        maxBatch: odoo.readChunk,
        maxRunning: RUNNING,
      }),
      creates: new Map(),
      orderStatus: new CallBatcher((ids) => readStatuses(odoo, ids), { maxBatch: odoo.readChunk, maxRunning: RUNNING }),
      confirms: new CallBatcher(
        async (ids) => {
          await odoo.call('sale.order', 'action_confirm', ids);
          return ids.map(() => undefined);
        },
        { maxBatch: CREATE_BATCH, maxRunning: RUNNING, aloneAfter: rolledBack },
      ),
    };
    lanesOf.set(odoo, found);
  }
  return found;
}

/**
 * The record of `model` whose `field` holds `reference`, archived ones included:
 * alone, a `search` with limit 1; joined, one `search_read` of every reference
 * with `in`, each given the first of its matches in the model's order (which is
 * the one the search with limit 1 returns).
 */
export function lookUp(odoo: OdooClient, { model, field, reference }: Lookup): Promise<number | undefined> {
  if (model === PARTNER && field === 'ref')
    return lanes(odoo).partners.call({ ref: reference }) as Promise<number | undefined>;
  const { lookups } = lanes(odoo);
  const key = `${model} ${field}`;
  let lane = lookups.get(key);
  if (!lane) {
    lane = new CallBatcher((references) => searchReferences(odoo, model, field, references), {
      maxBatch: odoo.readChunk,
      maxRunning: RUNNING,
    });
    lookups.set(key, lane);
  }
  return lane.call(reference);
}

async function searchReferences(
  odoo: OdooClient,
  model: string,
  field: string,
  references: string[],
): Promise<(number | undefined)[]> {
  if (references.length === 1) {
    const [id] = await odoo.search(model, [[field, '=', references[0]]], { limit: 1, context: WITH_ARCHIVED });
    return [id];
  }
  const rows = await odoo.searchRead(model, [[field, 'in', [...new Set(references)]]], {
    fields: [field],
    context: WITH_ARCHIVED,
  });
  const first = firstIdByValue(rows, field);
  return references.map((r) => first.get(r));
}

/**
 * The oldest customer (a res.partner without a parent) whose e-mail is `email`
 * (trimmed), compared as Odoo's portal and shop do (`=ilike`: case-insensitive,
 * LIKE's wildcards escaped so `a_b@x` matches only itself). Alone: that search
 * with limit 1. Joined: one `search_read` whose domain ORs each e-mail's term,
 * each e-mail given the first match by id whose e-mail equals it ignoring case.
 * Only ASCII e-mails join, and a joined answer holding an e-mail beyond ASCII is
 * asked again one by one: there, how PostgreSQL folds case (and Odoo's optional
 * unaccent) may match what a comparison here would not.
 */
export function customerByEmail(odoo: OdooClient, email: string): Promise<number | null> {
  return ASCII.test(email)
    ? (lanes(odoo).partners.call({ email }) as Promise<number | null>)
    : searchEmail(odoo, email);
}

/** Printable ASCII: what joins (anything else is searched alone). */
const ASCII = /^[ -~]*$/;
const emailTerm = (email: string) => ['email', '=ilike', email.replace(/[\\%_]/g, (c) => `\\${c}`)];

async function searchEmail(odoo: OdooClient, email: string): Promise<number | null> {
  const [id] = await odoo.search(PARTNER, [emailTerm(email), ['parent_id', '=', false]], {
    limit: 1,
    order: 'id asc',
  });
  return id ?? null;
}

/**
 * The partners' lane: references and e-mails asked for meanwhile (a push asks
 * for its customer's and addresses' references and its customer's e-mail at
 * once). Only one kind: as lookUp and customerByEmail search alone. Both: one
 * `search_read` whose domain ORs the reference term with the e-mails' (archived
 * records included, as a reference search includes them), in the model's order,
 * each reference given its first match in that order (what a search with limit
 * 1 returns) and each e-mail the lowest id among the active customers whose
 * e-mail equals it ignoring case (what its search ordered by id returns: that
 * search leaves archived records out). A row that could have matched an e-mail
 * term but holds an e-mail beyond ASCII sends the e-mails one by one, as
 * searchEmails does. Odoo (16–19 alike): `search_read` returns rows in the
 * model's `_order` (res.partner: `complete_name asc, id desc`,
 * odoo/addons/base/models/res_partner.py; the simulator's addons/base.ts keeps
 * it), and `active_test: false` in the context keeps archived rows
 * (odoo/models.py `_search`), which is why each e-mail's match is picked here.
 */
async function searchPartners(odoo: OdooClient, keys: PartnerKey[]): Promise<(number | null | undefined)[]> {
  const refs = keys.flatMap((k) => ('ref' in k ? [k.ref] : []));
  const emails = keys.flatMap((k) => ('email' in k ? [k.email] : []));
  if (!emails.length) return searchReferences(odoo, PARTNER, 'ref', refs);
  if (!refs.length) return searchEmails(odoo, emails);
  const rows = await odoo.searchRead(
    PARTNER,
    ['|', ['ref', 'in', [...new Set(refs)]], '&', ...customerWithAnyEmail(emails)],
    { fields: ['ref', 'email', 'parent_id', 'active'], context: WITH_ARCHIVED },
  );
  const byRef = firstIdByValue(rows, 'ref');
  // Rows the e-mail terms may have matched: active customers with an e-mail (a false e-mail matches no term).
  const customers = rows.filter((r) => r.active === true && r.parent_id === false && typeof r.email === 'string');
  const byEmail = customers.some((r) => !ASCII.test(r.email as string))
    ? new Map(await Promise.all(emails.map(async (e) => [e.toLowerCase(), await searchEmail(odoo, e)] as const)))
    : lowestIdByEmail(customers);
  return keys.map((k) => ('ref' in k ? byRef.get(k.ref) : (byEmail.get(k.email.toLowerCase()) ?? null)));
}

/**
 * The two leaves (parent_id, then the e-mails' OR) of "a customer whose e-mail is one
 * of these, ignoring case": a domain by itself (implicit AND), or after an explicit '&'.
 */
function customerWithAnyEmail(emails: string[]): unknown[] {
  const terms = [...new Set(emails.map((e) => e.toLowerCase()))].map(emailTerm);
  return [['parent_id', '=', false], ...terms.slice(1).map(() => '|'), ...terms];
}

/** Of rows in the model's order, the first one's id for each text value of `field` (what a search with limit 1 finds). */
function firstIdByValue(rows: RawRecord[], field: string): Map<string, number> {
  const first = new Map<string, number>();
  for (const row of rows) {
    const value = row[field];
    if (typeof value === 'string' && !first.has(value)) first.set(value, row.id);
  }
  return first;
}

/** Of rows that each hold an ASCII e-mail, the lowest id for each e-mail, lower-cased. */
function lowestIdByEmail(rows: RawRecord[]): Map<string, number> {
  const lowest = new Map<string, number>();
  for (const r of rows) {
    const key = (r.email as string).toLowerCase();
    if (!lowest.has(key) || r.id < lowest.get(key)!) lowest.set(key, r.id);
  }
  return lowest;
}

async function searchEmails(odoo: OdooClient, emails: string[]): Promise<(number | null)[]> {
  if (emails.length === 1) return [await searchEmail(odoo, emails[0]!)];
  const rows = await odoo.searchRead(PARTNER, customerWithAnyEmail(emails), { fields: ['email'], order: 'id asc' });
  if (rows.some((r) => typeof r.email !== 'string' || !ASCII.test(r.email))) {
    return Promise.all(emails.map((e) => searchEmail(odoo, e)));
  }
  const lowest = lowestIdByEmail(rows);
  return emails.map((e) => lowest.get(e.toLowerCase()) ?? null);
}

/**
 * `create` of one record, sent with the records other pushes create meanwhile
 * as one list. When a list fails in a way after which Odoo certainly created
 * none of it (its own error answer: it rolled the call back), each record is
 * created again alone, so one record Odoo refuses fails only its own push.
 */
export function createJoined(odoo: OdooClient, model: string, vals: Record<string, unknown>): Promise<number> {
  const { creates } = lanes(odoo);
  let lane = creates.get(model);
  if (!lane) {
    lane = new CallBatcher((list) => odoo.createMany(model, list), {
      maxBatch: CREATE_BATCH,
      maxRunning: RUNNING,
      aloneAfter: rolledBack,
    });
    creates.set(model, lane);
  }
  return lane.call(vals);
}

/** Odoo's own error answer to a call: it rolled the call back, so none of a list's records was touched. */
const rolledBack = (err: unknown) => err instanceof OdooError && !err.transient && !mayHaveRun(err);

/**
 * `action_confirm` of one sale order (a quotation, as its push read it under its
 * lock), sent with the confirmations of concurrent pushes as one call on the
 * list: Odoo's list action "Confirm" does the same, order by order in one
 * transaction (addons/sale/models/sale_order.py `action_confirm`). Odoo refusing
 * any order of the list rolls back the whole call (17 checks every order's state
 * first, 18+ raises on the first it cannot confirm): each is then confirmed alone,
 * so only the order Odoo refuses fails, with Odoo's message about it alone.
 */
export function confirmJoined(odoo: OdooClient, odooId: number): Promise<void> {
  return lanes(odoo).confirms.call(odooId);
}

/** A sale order's status read afresh (as readOrderStatus), joined with the read-backs of other pushes. */
export function readOrderStatusJoined(
  odoo: OdooClient,
  odooId: number,
): Promise<{ order: RawRecord; status: OdooStatus } | null> {
  return lanes(odoo).orderStatus.call(odooId);
}

async function readStatuses(
  odoo: OdooClient,
  ids: number[],
): Promise<({ order: RawRecord; status: OdooStatus } | null)[]> {
  const orders = await odoo.read('sale.order', ids, await orderStatusFields(odoo), WITH_ARCHIVED);
  const statuses = await readOrderStatuses(odoo, orders);
  const byId = new Map(orders.map((o) => [o.id, o]));
  return ids.map((id) => {
    const order = byId.get(id);
    return order ? { order, status: statuses.get(id)! } : null;
  });
}

/** Notes one statement carries at most. */
const NOTE_BATCH = 200;

/** The note lanes, one per database connection (all forks of one ORM share it). */
const noteLanes = new WeakMap<object, CallBatcher<{ em: EntityManager; note: CreateNote }, void>>();

/**
 * noteCreate (odoo-create.service.ts), its statement shared with the notes other
 * pushes write meanwhile: one insert, one commit. Each push still waits until
 * its own note is committed before it asks Odoo to create, as before.
 */
export function noteCreateJoined(outside: EntityManager, note: CreateNote): Promise<void> {
  const connection = outside.getConnection();
  let lane = noteLanes.get(connection);
  if (!lane) {
    lane = new CallBatcher(
      async (inputs) => {
        await noteCreates(
          inputs[0]!.em,
          inputs.map((i) => i.note),
        );
        return inputs.map(() => undefined);
      },
      { maxBatch: NOTE_BATCH, maxRunning: RUNNING },
    );
    noteLanes.set(connection, lane);
  }
  return lane.call({ em: outside, note });
}
