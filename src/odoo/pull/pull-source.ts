import type { EntityManager } from '@mikro-orm/postgresql';
import type { EntityType } from '../../domain/enums.js';
import { MAX_INGEST_BATCH, type IngestOutcome, type PricelistItemIngest } from '../../ingest/ingest.types.js';
import type { Domain, OdooClient, RawRecord } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';

/** Archived records arrive too (and are marked `active: false` in their data). */
export const WITH_ARCHIVED = { active_test: false };

/**
 * What a page turns into once everything it needs was read from Odoo: the
 * writes, run in ONE transaction together with the cursor's move (so a page is
 * committed whole or not at all, and never re-read from Odoo on a retry of the
 * transaction). The first outcome is the pulled entity's own; others are what
 * it writes beside (a product's list price).
 */
export type PageWriter = (tx: EntityManager) => Promise<IngestOutcome[]>;

/**
 * One Odoo model read by `write_date`: what to read, and how a page of its raw
 * records becomes ingest calls (reading related records from Odoo where the
 * hub's shape needs their business keys). Every Odoo read happens in `load`,
 * before anything is written.
 */
export interface PullSource {
  model: string;
  fields: string[];
  /** Fields read where this Odoo has them (an optional module's: website_sale's `public_categ_ids`). */
  optionalFields?: string[];
  /**
   * Read strictly after the cursor (its second's records after its last id, then
   * later seconds), with no look-back. For a companion one of whose records can
   * stand for a large part of the catalogue (a unit, an attribute, a shop
   * category): read again at every pull, as the cursor's second and the look-back
   * would, it would make every pull read those products again. Its writes are
   * short ones by a user (a rename, a factor), which the look-back is not for.
   */
  afterCursorOnly?: boolean;
  domain: Domain;
  load(odoo: OdooClient, page: RawRecord[]): Promise<PageWriter>;
}

/** An entity type the hub pulls: its main Odoo model, and companions with their own cursors. */
export interface PulledModel extends PullSource {
  entityType: EntityType;
  /**
   * Models whose changes change this entity without moving the main model's
   * write_date (a product.template's name or sales price: Odoo writes the
   * template only, the variant's write_date stays). Each is pulled after the
   * main model, by its own cursor.
   */
  companions?: PullSource[];
  /**
   * After a pull from the beginning (a first or a full pull): finds what
   * vanished in Odoo without a write_date to show it (stock.ts), among the
   * rows made before `startedAt` (the pass itself vouches for the others).
   */
  reconcile?(odoo: OdooClient, em: EntityManager, startedAt: Date): Promise<IngestOutcome>;
}

/**
 * The domain a source is read with. With ODOO_COMPANY_ID, a model that has a
 * company is read for that company and for records shared by all companies
 * (`company_id` empty). Odoo's multi-company record rules already do this
 * through the context's `allowed_company_ids`; the domain says it where it is
 * read, and holds for a user whose rules differ (an admin with `base.group_system`
 * still sees only its allowed companies, but custom rules vary).
 */
export async function sourceDomain(odoo: OdooClient, source: PullSource): Promise<Domain> {
  const companyId = odoo.companyId;
  if (companyId === undefined || !(await odoo.hasField(source.model, 'company_id'))) return source.domain;
  return [...source.domain, ['company_id', 'in', [companyId, false]]];
}

/** The fields a source reads from this Odoo: its own, and the optional ones the model has here. */
export async function sourceFields(odoo: OdooClient, source: PullSource): Promise<string[]> {
  if (!source.optionalFields?.length) return source.fields;
  const present = await odoo.fields(source.model);
  return [...source.fields, ...source.optionalFields.filter((f) => Object.hasOwn(present, f))];
}

/** The business key of a record from Odoo, or `odoo:<model>:<id>` when it has none. */
export function keyOf(value: unknown, model: string, id: number): string {
  return typeof value === 'string' && value.trim() ? value : `odoo:${model}:${id}`;
}

/** The ids of many2one values, without repeats or empty ones. */
export const ids = (values: unknown[]): number[] => [
  ...new Set(values.map((v) => many2oneId(v)).filter((id): id is number => id !== null)),
];

export const nothingIngested = (): IngestOutcome => ({ created: 0, updated: 0, unchanged: 0, changes: [] });

/** Adds `outcome` into `total` (counts and changes); returns `total`. */
export function addOutcome(total: IngestOutcome, outcome: IngestOutcome): IngestOutcome {
  total.created += outcome.created;
  total.updated += outcome.updated;
  total.unchanged += outcome.unchanged;
  total.changes.push(...outcome.changes);
  return total;
}

/** Several outcomes as one. */
export const mergeOutcomes = (...outcomes: IngestOutcome[]): IngestOutcome =>
  outcomes.reduce(addOutcome, nothingIngested());

/**
 * Ingests in batches the ingest API takes (≤ 1,000 records), all inside the
 * caller's transaction. Odoo does not keep business keys unique (two products
 * may share a `default_code`, two partners a `ref`): records with one key are
 * one record to the hub, and the one last in the page (written last) wins,
 * rather than the ingest refusing the whole page, which would stop the pull
 * at that page for good.
 */
export async function inBatches<T>(
  items: T[],
  key: (item: T) => string,
  ingest: (batch: T[]) => Promise<IngestOutcome>,
  size = MAX_INGEST_BATCH,
): Promise<IngestOutcome> {
  const unique = [...new Map(items.map((item) => [key(item), item])).values()];
  const total = nothingIngested();
  for (let i = 0; i < unique.length; i += size) {
    addOutcome(total, await ingest(unique.slice(i, i + size)));
  }
  return total;
}

export const byExternalId = (r: { externalId: string }) => r.externalId;
/** A PricelistItem's key: products write their list price, pricelists their prices per quantity break. */
export const byPriceKey = (r: Pick<PricelistItemIngest, 'pricelistExternalId' | 'productExternalId' | 'minQuantity'>) =>
  `${r.pricelistExternalId} ${r.productExternalId} ${r.minQuantity ?? 0}`;
