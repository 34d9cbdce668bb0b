import type { EntityType } from '../../domain/enums.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { findCreate, noteCreate, type CreateNote } from '../../modules/odoo-create/odoo-create.service.js';
import type { OdooClient } from '../odoo-client.js';
import { mayHaveRun, OdooError } from '../odoo-error.js';
import { WITH_ARCHIVED } from '../pull/pull-source.js';
import { createJoined, lookUp, noteCreateJoined } from './joined-calls.js';
import type { PushScope } from './push-scope.js';

/**
 * Pushes of webshop records into Odoo. Every create is preceded by a search on
 * the record's external reference (`ref`, `client_order_ref`, `partner_ref`),
 * and the record the hub created before is adopted: a crash between Odoo's
 * create and the hub's commit can never make a duplicate. Odoo's ids are
 * recorded as odooId.
 *
 * Odoo owns what it made. The hub writes only Odoo records it created itself
 * (noted in `odoo_create` before each create: see isOurs). Anything else found
 * by a reference or an e-mail is Odoo's: a customer is linked to it (its id
 * used, nothing written), an order or purchase order that would be adopted or
 * rewritten fails instead.
 *
 * This file holds that machinery; each pushed model's push (partner.ts,
 * sale-order.ts, purchase-order.ts) applies it.
 */

/**
 * The Odoo record of `model` whose `field` holds the hub's reference, archived
 * ones included; the searches of concurrent pushes go as one (joined-calls.ts).
 */
export async function findByReference(
  odoo: OdooClient,
  model: string,
  field: string,
  reference: string,
): Promise<number | undefined> {
  return lookUp(odoo, { model, field, reference });
}

/**
 * Whether Odoo record `id` is the one the hub created for hub record `entityId`:
 * the create the hub noted answered with that id, or its answer was lost and Odoo
 * dated the record no earlier than the hub's first try (less the clock skew). A
 * record the hub never tried to create, or one Odoo made before, is Odoo's own.
 */
export async function isOurs(
  scope: PushScope,
  model: string,
  entityType: EntityType,
  entityId: string,
  id: number,
): Promise<boolean> {
  const note = await findCreate(scope.tx, entityType, entityId);
  if (!note) return false;
  if (note.odooId !== null) return note.odooId === id;
  const [record] = await scope.odoo.read(model, [id], ['create_date'], WITH_ARCHIVED);
  // Odoo's datetimes are naive UTC.
  const created = record ? Date.parse(`${String(record.create_date).replace(' ', 'T')}Z`) : NaN;
  if (!(created >= note.attemptedAt.getTime() - scope.clockSkewMs)) return false;
  await noteCreate(scope.outside, entityType, entityId, id);
  return true;
}

/** A permanent failure: Odoo made a record with the hub's reference, and the hub neither adopts nor changes it. */
export const madeInOdoo = (model: string, id: number, field: string, reference: string) =>
  new OdooError(
    `Odoo's ${model} ${id} already has ${field} ${JSON.stringify(reference)} and was made in Odoo, not by the hub: ` +
      'the hub neither adopts nor changes it. Give the webshop record another externalId (or clear that reference in Odoo), then retry.',
    { odooName: 'odoo.exceptions.UserError', kind: 'permanent' },
  );

/**
 * The notes of creates a push is about to send one after another (a customer,
 * its address, then the order naming them), written together in one statement
 * before the first: each create then goes out without a round trip to the
 * database before it. A note means "a create of this record may have been
 * sent", as it does when a create fails in a way Odoo rolled back: only
 * records the push's searches found nothing for are noted, and a note whose
 * create never follows (an earlier create of the push failed) is what such a
 * failed create leaves, read the same way by a retry (isOurs: only a record
 * with the hub's reference that Odoo dated after the note is adopted).
 */
export async function noteCreatesAhead(
  scope: PushScope,
  records: { entityType: EntityType; entityId: string }[],
): Promise<void> {
  if (!records.length) return;
  // Joined into one statement (noteCreateJoined takes every note of one turn of the event loop).
  await Promise.all(records.map((r) => noteCreateJoined(scope.outside, { ...r, odooId: null })));
  const noted = (scope.notedAhead ??= new Set());
  for (const r of records) noted.add(`${r.entityType}:${r.entityId}`);
}

/**
 * `create`, noted before and after (outside the push's transaction) so the
 * record is known as the hub's, and marking failures after which Odoo may still
 * have created it (a timeout, a dropped connection, a proxy's error page: Odoo
 * may be running it still); the retry waits until Odoo would have finished
 * before it searches again.
 */
export async function createOnce(
  scope: PushScope,
  model: string,
  entityType: EntityType,
  entityId: string,
  vals: Record<string, unknown>,
): Promise<number> {
  // Noted already (noteCreatesAhead) or now; either way before Odoo is asked.
  if (!scope.notedAhead?.delete(`${entityType}:${entityId}`)) {
    await noteCreateJoined(scope.outside, { entityType, entityId, odooId: null });
  }
  let id: number;
  try {
    // Sent with the creates of concurrent pushes as one list: the note above, made first, is what lets a
    // retry find and adopt every record of a list whose answer was lost.
    id = await createJoined(scope.odoo, model, vals);
  } catch (err) {
    if (err instanceof OdooError && err.transient && mayHaveRun(err)) err.uncertain = true;
    throw err;
  }
  // Within a push, written with its other creates' answers once it has made them (noteAnswers), not
  // between one create and the next; until then, a crash leaves the note without the id, and isOurs
  // recognises the record by its create date, as after a lost answer.
  if (scope.answers) scope.answers.push({ entityType, entityId, odooId: id });
  else await noteCreateJoined(scope.outside, { entityType, entityId, odooId: id });
  return id;
}

/**
 * The notes of Odoo's answers to a push's creates (createOnce), in one statement
 * (joined with other pushes' notes): before the push completes (once its row is
 * COMPLETED nothing retries to write them), and when it fails (a retry adopts
 * those records by the id instead of by their create date).
 */
export async function noteAnswers(outside: EntityManager, answers: CreateNote[]): Promise<void> {
  await Promise.all(answers.splice(0).map((note) => noteCreateJoined(outside, note)));
}
