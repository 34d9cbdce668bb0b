import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { EntityType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPricelistItems } from '../../ingest/ingest.service.js';
import type { IngestOutcome, PricelistItemIngest } from '../../ingest/ingest.types.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { vanishedPrices, type PriceKey } from '../../ingest/vanished-prices.js';
import { enqueueRepricePricelist } from '../../outbox/odoo-jobs.js';
import type { OdooClient } from '../odoo-client.js';
import { floatRound, nextBoundary, quantityPrices, ruleCovers, toOdooDatetime } from './pricelist-rules.js';
import { readPricingInputs, type PricingInputs } from './pricing-catalog.js';
import { byPriceKey, ids, inBatches, type PageWriter, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.PRICELIST_ITEM].pull;

/** A pricelist's key in the hub (pricelists have no business key). */
export const pricelistKey = (id: number) => `odoo:product.pricelist:${id}`;

/** A price in the pricelist's currency, rounded as the currency rounds (what a shop shows, to the cent). */
function money(price: number, rounding: number): string {
  const decimals = Math.max(0, Math.ceil(-Math.log10(rounding) - 1e-9));
  return floatRound(price, rounding).toFixed(decimals);
}

/** The PricelistItems of the target pricelists on `now`: per product their rules name, each price from its quantity on. */
function priceItems(inputs: PricingInputs, now: Date): (PricelistItemIngest & { currency: string | null })[] {
  const { catalog, products } = inputs;
  const date = toOdooDatetime(now);
  const items: (PricelistItemIngest & { currency: string | null })[] = [];
  for (const pricelist of inputs.targets) {
    const rules = catalog.rules.get(pricelist) ?? [];
    if (!rules.length) continue;
    const currency = catalog.pricelistCurrency.get(pricelist) ?? null;
    const rounding = (currency === null ? null : inputs.currencyRounding.get(currency)) ?? 0.01;
    const currencyName = currency === null ? null : (inputs.currencyName.get(currency) ?? null);
    for (const product of products) {
      // A product none of the pricelist's rules names costs its sales price there: no row of the pricelist.
      if (!rules.some((r) => ruleCovers(catalog, r, product))) continue;
      for (const { minQuantity, price } of quantityPrices(catalog, pricelist, product, date)) {
        items.push({
          pricelistExternalId: pricelistKey(pricelist),
          productExternalId: product.sku,
          minQuantity,
          price: money(price, rounding),
          currency: currencyName,
        });
      }
    }
  }
  return items;
}

/** The mirror of Odoo's rules (ids, pricelists, windows) for the pricelists read: vanished rules go. */
async function storeRules(tx: EntityManager, inputs: PricingInputs): Promise<void> {
  const when = (v: string | null) => (v === null ? null : `${v.replace(' ', 'T')}Z`);
  await sqlQuery(
    tx,
    `delete from "pricelist_rule" where "pricelist_odoo_id" = any($1::int[]) and not ("odoo_id" = any($2::int[]))`,
    [inputs.pricelists, inputs.rules.map((r) => r.id)],
  );
  if (!inputs.rules.length) return;
  await sqlQuery(
    tx,
    `insert into "pricelist_rule" ("odoo_id", "pricelist_odoo_id", "date_start", "date_end")
     select * from unnest($1::int[], $2::int[], $3::timestamptz[], $4::timestamptz[])
     on conflict ("odoo_id") do update set "pricelist_odoo_id" = excluded."pricelist_odoo_id",
       "date_start" = excluded."date_start", "date_end" = excluded."date_end"
      where ("pricelist_rule"."pricelist_odoo_id", "pricelist_rule"."date_start", "pricelist_rule"."date_end")
        is distinct from (excluded."pricelist_odoo_id", excluded."date_start", excluded."date_end")`,
    [
      inputs.rules.map((r) => r.id),
      inputs.rules.map((r) => r.pricelistId),
      inputs.rules.map((r) => when(r.dateStart)),
      inputs.rules.map((r) => when(r.dateEnd)),
    ],
  );
}

/**
 * Prices `pricelists` again, as Odoo would on `now`, from a fresh read of
 * their rules (and of the pricelists that price from them, whose prices move
 * with theirs): a rule changed, removed or at a window's end changes the
 * prices it gave, and the diff writes only those. Prices no rule gives any
 * more vanish (vanishedPrices), and each pricelist's next window boundary is
 * queued as a reprice_pricelist job.
 */
export async function repriceWriter(odoo: OdooClient, pricelists: number[], now = new Date()): Promise<PageWriter> {
  const inputs = await readPricingInputs(odoo, pricelists);
  const items = priceItems(inputs, now);
  const asked = [...new Set([...pricelists, ...inputs.targets])];
  return async (tx) => {
    const stored = await sqlQuery<{ pricelist: string; product: string; quantity: number }>(
      tx,
      `select "pricelist_external_id" as "pricelist", "product_external_id" as "product", "min_quantity" as "quantity"
         from "pricelist_item" where "pricelist_external_id" = any($1::text[])`,
      [asked.map(pricelistKey)],
    );
    const keep = new Set(items.map((i) => byPriceKey(i)));
    const gone: PriceKey[] = stored
      .map((s) => ({ pricelistExternalId: s.pricelist, productExternalId: s.product, minQuantity: Number(s.quantity) }))
      .filter((k) => !keep.has(byPriceKey(k)));
    const written = await inBatches(
      items.map(({ currency: _currency, ...item }) => item),
      byPriceKey,
      (b) => ingestPricelistItems(tx, b),
    );
    await recordCurrencies(tx, items);
    const vanished = await vanishedPrices(tx, gone);
    await storeRules(tx, inputs);
    for (const pricelist of inputs.targets) {
      const at = nextBoundary(inputs.catalog, pricelist, now);
      if (at) await enqueueRepricePricelist(tx, pricelist, at);
    }
    const outcome: IngestOutcome = { ...written, updated: written.updated + vanished.length };
    outcome.changes = [...written.changes, ...vanished];
    return [outcome];
  };
}

/** The pricelist's currency beside each price (written only where it differs). */
async function recordCurrencies(tx: EntityManager, items: { pricelistExternalId: string; currency: string | null }[]) {
  const byPricelist = new Map(items.map((i) => [i.pricelistExternalId, i.currency]));
  if (!byPricelist.size) return;
  await sqlQuery(
    tx,
    `update "pricelist_item" t set "currency" = c."currency"
       from unnest($1::text[], $2::text[]) as c("pricelist", "currency")
      where t."pricelist_external_id" = c."pricelist" and t."currency" is distinct from c."currency"`,
    [[...byPricelist.keys()], [...byPricelist.values()]],
  );
}

/** Prices these Odoo pricelists again now (a window's boundary, a rule gone), in one transaction. */
export async function repricePricelists(
  odoo: OdooClient,
  em: EntityManager,
  pricelists: number[],
  now = new Date(),
): Promise<IngestOutcome[]> {
  const write = await repriceWriter(odoo, pricelists, now);
  return inRetryingTransaction(em, (tx) => write(tx));
}

/**
 * Rules that vanished from Odoo (an "On deletion" notification, a read-back
 * or a reconciliation that no longer finds them) take their prices with them:
 * their pricelists, as the hub's rule table knows them, are priced again
 * without them.
 */
export async function repriceVanishedRules(
  odoo: OdooClient,
  em: EntityManager,
  ruleIds: number[],
): Promise<IngestOutcome[]> {
  const rows = await sqlQuery<{ pricelist: number }>(
    em.fork(),
    `select distinct "pricelist_odoo_id" as "pricelist" from "pricelist_rule" where "odoo_id" = any($1::int[])`,
    [ruleIds],
  );
  if (!rows.length) return [];
  return repricePricelists(
    odoo,
    em,
    rows.map((r) => r.pricelist),
  );
}

/**
 * Pricelist rules, read by write_date: a changed rule makes the hub price its
 * whole pricelist again (and the pricelists that price from it), as Odoo
 * would for one unit today and at each quantity break. See
 * pricelist-rules.ts for Odoo's computation, pricing-catalog.ts for what is
 * read.
 */
export const PRICELIST_ITEMS: PulledModel = {
  entityType: EntityType.PRICELIST_ITEM,
  model,
  fields: ['pricelist_id'],
  domain: [],
  load: (odoo, page) => repriceWriter(odoo, ids(page.map((r) => r.pricelist_id))),
};
