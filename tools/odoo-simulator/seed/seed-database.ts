/**
 * `seedDatabase` adds a deterministic, realistic catalogue, customers,
 * vendors, stock, prices and orders to a fresh database, dated over the past
 * 90 days; each addon seeds its own models, in this order.
 */
import type { OdooVersion } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';
import { seedCustomers, seedVendors } from './base.js';
import type { BaseIds } from './install.js';
import { seedCategories, seedPriceChanges, seedPricelists, seedProducts, seedVendorPrices } from './product.js';
import { seedPurchaseOrders } from './purchase.js';
import { seedSaleOrders } from './sale.js';
import { startSeedRun } from './seed-run.js';
import { seedQuants, seedShelves } from './stock.js';

export interface SeedSizes {
  /** Product templates, each with its variant (SKU-00001 …). */
  products?: number;
  /** Customer companies (CUST-0001 …), each with a delivery address and some with invoice addresses and contacts. */
  partners?: number;
  /** Quants, spread over WH/Stock, WH/Stock/Shelf 1 and WH/Stock/Shelf 2. */
  quants?: number;
  /** Fixed-price rules on the "Public" and "B2B" pricelists. */
  pricelistItems?: number;
  purchaseOrders?: number;
  saleOrders?: number;
}

export const DEFAULT_SEED: Required<SeedSizes> = {
  products: 100,
  partners: 40,
  quants: 150,
  pricelistItems: 60,
  purchaseOrders: 15,
  saleOrders: 15,
};

/**
 * The catalogue of a try-out (`npm run odoo:simulator`, `npm run demo`): a
 * shop's worth of products with prices and stock, customers, and some history.
 */
export const DEMO_SEED: Required<SeedSizes> = {
  products: 500,
  partners: 200,
  quants: 1000,
  pricelistItems: 400,
  purchaseOrders: 40,
  saleOrders: 40,
};

/** Seeds the database; everything is dated between 90 days and one minute ago, in creation order. */
export function seedDatabase(env: SimEnv, base: BaseIds, sizes: SeedSizes, version: OdooVersion): void {
  const size = { ...DEFAULT_SEED, ...sizes };
  const vendorCount = Math.max(3, Math.ceil(size.partners / 25));
  const total =
    size.products * 2 +
    size.partners * 3 +
    vendorCount +
    size.pricelistItems +
    size.quants +
    size.purchaseOrders * 4 +
    size.saleOrders * 4 +
    20;
  const run = startSeedRun(env, total);

  const categories = seedCategories(run, base);
  const internalLocations = seedShelves(run, base);
  const customers = seedCustomers(run, base, size.partners);
  const vendors = seedVendors(run, base, vendorCount);
  const templates = seedProducts(run, categories, size.products, version);
  seedVendorPrices(run, templates, vendors);
  const pricelists = seedPricelists(run, base, templates, size.pricelistItems);
  const storable = templates.filter((t) => t.storable);
  seedQuants(run, storable, internalLocations, size.quants);
  seedPurchaseOrders(run, storable.length ? storable : templates, vendors, size.purchaseOrders);
  seedSaleOrders(run, templates, customers, pricelists, size.saleOrders, version);
  seedPriceChanges(run, templates);
}
