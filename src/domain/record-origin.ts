import { DomainError } from './errors.js';
import { EntityType, RecordOrigin, WebhookDirection } from './enums.js';

/**
 * Who writes a Syncable record. Odoo's side (the pull, the receiver, `ingest*`
 * with sync:write) may write any record. A webshop door (`saveCustomer`,
 * `placeSaleOrder`, `createPurchaseOrder`) writes only records the webshop made:
 * never one of ODOO origin, and never one another user's token made (unless the
 * writer is an admin). The writer's origin and user are stamped on the records
 * it creates, and never change afterwards.
 */
export type Writer =
  | { origin: RecordOrigin.ODOO }
  | {
      origin: RecordOrigin.WEBSHOP;
      /** The user the token speaks for; null for a token without one (made with the CLI). */
      userId: string | null;
      admin: boolean;
    };

export const ODOO_WRITER: Writer = { origin: RecordOrigin.ODOO };

/** A webshop door's writer, for the token behind the request. */
export function webshopWriter(principal: { user: { id: string } | null; scopes: readonly string[] }): Writer {
  return {
    origin: RecordOrigin.WEBSHOP,
    userId: principal.user?.id ?? null,
    admin: principal.scopes.includes('admin'),
  };
}

/** The webhooks that hear of a write: what the webshop wrote goes towards Odoo; the rest (the default) towards the webshop. */
export function directionOf(writer: Writer): WebhookDirection | undefined {
  return writer.origin === RecordOrigin.WEBSHOP ? WebhookDirection.TO_ODOO : undefined;
}

/** A stored record as the ownership check reads it (column names as in SQL). */
export interface OwnedRow {
  external_id: string;
  origin: string;
  owner_user_id: string | null;
}

/**
 * True when `writer` may change a record of `ownerUserId`: Odoo's side always; a
 * webshop token when the record is nobody's in particular, its own user's, or as admin.
 */
export function isOwner(writer: Writer, ownerUserId: string | null | undefined): boolean {
  if (writer.origin !== RecordOrigin.WEBSHOP || writer.admin) return true;
  return ownerUserId == null || ownerUserId === writer.userId;
}

const LABEL: Partial<Record<EntityType, string>> = {
  [EntityType.PARTNER]: 'Partner',
  [EntityType.SALE_ORDER]: 'Sale order',
  [EntityType.PURCHASE_ORDER]: 'Purchase order',
  [EntityType.PRODUCT]: 'Product',
};

/**
 * Refuses (FORBIDDEN, naming the records) a webshop write that would change
 * stored records the writer does not own. Call it with the rows locked, before
 * anything is written, so nothing is written or pushed when it refuses.
 */
export function refuseForeignRecords(entityType: EntityType, rows: readonly OwnedRow[], writer: Writer): void {
  if (writer.origin !== RecordOrigin.WEBSHOP) return;
  const label = LABEL[entityType] ?? entityType;
  const fromOdoo = rows.filter((r) => r.origin === RecordOrigin.ODOO).map((r) => r.external_id);
  if (fromOdoo.length) {
    throw new DomainError(
      'FORBIDDEN',
      `${label} ${fromOdoo.map((k) => JSON.stringify(k)).join(', ')} ${fromOdoo.length > 1 ? 'come' : 'comes'} from Odoo ` +
        '(origin ODOO): Odoo owns it, and the webshop cannot change it. Nothing was written. ' +
        (entityType === EntityType.PARTNER
          ? 'Save the customer under the webshop’s own externalId: one with the same e-mail is linked to the Odoo partner when pushed, never overwritten.'
          : 'Use an externalId of the webshop’s own.'),
      { details: { entityType: entityType.toUpperCase(), externalIds: fromOdoo } },
    );
  }
  const others = rows.filter((r) => !isOwner(writer, r.owner_user_id)).map((r) => r.external_id);
  if (others.length) {
    throw new DomainError(
      'FORBIDDEN',
      `${label} ${others.map((k) => JSON.stringify(k)).join(', ')} ${others.length > 1 ? 'were' : 'was'} made by another user's token; ` +
        'only that user (or an admin) may change it. Nothing was written.',
      { details: { entityType: entityType.toUpperCase(), externalIds: others } },
    );
  }
}
