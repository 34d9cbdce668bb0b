import type { JsonObject } from './diff.js';
import type { PartnerType, PurchaseOrderState } from '../domain/enums.js';
import type { EntityChangeEvent } from '../outbox/hub-events.js';

/** What an ingest call reports: counts, and one change per created or updated record. */
export interface IngestOutcome {
  created: number;
  updated: number;
  unchanged: number;
  changes: EntityChangeEvent[];
}

/** Most records one ingest call takes; larger input is refused, not split. */
export const MAX_INGEST_BATCH = 1000;

/** Plain input records (what the ingest mutations, the Odoo pull and the Odoo receiver hand in). */
export interface ProductIngest {
  externalId: string;
  data: JsonObject;
  context?: JsonObject | null;
  /** The business key of the product's template (its variants share it). */
  templateExternalId?: string | null;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface PartnerIngest {
  externalId: string;
  type?: PartnerType | null;
  externalParentId?: string | null;
  data: JsonObject;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface SaleOrderIngest {
  externalId: string;
  data: JsonObject;
  odooId?: number | null;
  idempotencyKey?: string | null;
  /** What became of the order in Odoo (the pull's read of it); absent: left as stored. */
  odooStatus?: JsonObject | null;
}

export interface PurchaseOrderLineIngest {
  productExternalId: string;
  quantity: number;
  priceUnit: string;
}

export interface PurchaseOrderIngest {
  externalId: string;
  name: string;
  vendor: string;
  state?: PurchaseOrderState | null;
  lines: PurchaseOrderLineIngest[];
  data?: JsonObject | null;
  odooId?: number | null;
  idempotencyKey?: string | null;
}

export interface StockIngest {
  supplierExternalId: string;
  productExternalId: string;
  /** What may be sold. */
  quantity: number;
  /** Odoo's stock: on hand, and reserved for transfers (absent: the stored values stay). */
  onHandQuantity?: number | null;
  reservedQuantity?: number | null;
}

export interface PricelistItemIngest {
  pricelistExternalId: string;
  productExternalId: string;
  price: string;
  /** The quantity the price applies from (Odoo's min_quantity); absent: 0, the price of one unit. */
  minQuantity?: number | null;
}
