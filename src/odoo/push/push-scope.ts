import type { EntityManager } from '@mikro-orm/postgresql';
import type { CreateNote } from '../../modules/odoo-create/odoo-create.service.js';
import type { OdooClient } from '../odoo-client.js';
import { OdooError } from '../odoo-error.js';

/** What one push works with. */
export interface PushScope {
  odoo: OdooClient;
  /** The push's transaction, which holds its advisory locks. */
  tx: EntityManager;
  /** Outside that transaction: notes of the hub's creates, which must outlive its rollback or a crash. */
  outside: EntityManager;
  /** How far Odoo's clock may be behind the database's (see isOurs). */
  clockSkewMs: number;
  /** How pushed sale orders are priced and whether they are confirmed (ODOO_ORDER_PRICES, ODOO_PRICES_INCLUDE_TAX, ODOO_CONFIRM_ORDERS). */
  orders: { prices: 'odoo' | 'webshop'; pricesIncludeTax: boolean; confirm: boolean };
  /** What the push's `readAlso` (pushes.ts) read with the record under the lock. */
  readAlso?: unknown;
  /** The pushed record's search by its reference, started before the record was read (Push.searchAhead, pushes.ts). */
  recordSearch?: { reference: string; found: Promise<number | undefined> } | null;
  /** The pushed record's updated_at (text) when the push read it under its lock. */
  recordReadAt?: string | null;
  /**
   * Set by a push that itself changed the pushed record in its transaction (a
   * sale order's Odoo status): the record's new updated_at, so the push still
   * counts the record as unchanged by anyone else.
   */
  recordUpdatedAt?: string;
  /**
   * The note of the hub's create of the pushed record (create-once.ts), read
   * with the queue row under the push's lock: null, none; undefined, not read.
   */
  recordNote?: { attemptedAt: Date; odooId: number | null } | null;
  /**
   * Odoo's answers to this push's creates, to be noted (outside its transaction)
   * all together once the push has made them (noteAnswers, create-once.ts),
   * rather than one by one between its Odoo calls.
   */
  answers?: CreateNote[];
  /** Odoo ids of partners this push made or found, written with the row's completion (completePush). */
  partnerOdooIds?: Map<string, number>;
  /**
   * Records whose create notes were written ahead, all in one statement (noteCreatesAhead,
   * create-once.ts), by `entityType:entityId`: createOnce sends their creates without noting again.
   */
  notedAhead?: Set<string>;
  /**
   * Searches for partners started from the queue row's payload, under their locks
   * (taken with the push's own), by the partner's reference (partnersByPayload,
   * partner.ts); lookAheadPartners uses them where they searched what it would.
   */
  partnersAhead?: Map<string, PartnerSearches>;
  /** Searches for partners started ahead by lookAheadPartners (partner.ts), by hub partner id. */
  partnerLookups?: Map<string, { ref: Promise<number | undefined>; email: Promise<number | null> | null }>;
}

/** A partner's searches in Odoo started ahead: by its reference, and (a customer's) by its e-mail, with that e-mail. */
export interface PartnerSearches {
  ref: Promise<number | undefined>;
  email: { address: string; found: Promise<number | null> } | null;
}

/** A permanent failure: something the push needs (a country, a product, a partner) is not in Odoo. */
export const missingInOdoo = (what: string) =>
  new OdooError(`${what} is not in Odoo; sync it from Odoo (or fix its mapping), then retry.`, {
    odooName: 'odoo.exceptions.MissingError',
    kind: 'permanent',
  });
