/**
 * The catalogue's data, written through the hub's own ingest mutations (as
 * Odoo's pull would write it): `count` Odoo-like products (the ingest
 * benchmark's, ~1.25 kB of data each), two prices each (pricelists
 * `list_price` and `b2b`) and one stock row.
 */
import { seededRandom } from '../support.js';
import { makeProduct } from '../ingest-throughput/products.js';
import { post } from './load.js';

const BATCH = 500;

const MUTATIONS = {
  products: 'mutation SeedProducts($input: [ProductInput!]!) { ingestProducts(input: $input) { created } }',
  prices: 'mutation SeedPrices($input: [PricelistItemInput!]!) { ingestPricelistItems(input: $input) { created } }',
  stock: 'mutation SeedStock($input: [StockInput!]!) { ingestStock(input: $input) { created } }',
};

export async function seedCatalogue(url: string, token: string, count: number): Promise<void> {
  const random = seededRandom(15);
  const products = Array.from({ length: count }, (_, i) => makeProduct(i + 1, random));
  const send = async (query: string, items: unknown[]) => {
    for (let at = 0; at < items.length; at += BATCH) {
      await post(url, JSON.stringify({ query, variables: { input: items.slice(at, at + BATCH) } }), token);
    }
  };
  await send(MUTATIONS.products, products);
  await send(
    MUTATIONS.prices,
    products.flatMap((p, i) => [
      { productExternalId: p.externalId, pricelistExternalId: 'list_price', price: `${(i % 500) + 10}.90` },
      { productExternalId: p.externalId, pricelistExternalId: 'b2b', price: `${(i % 500) + 8}.50` },
    ]),
  );
  await send(
    MUTATIONS.stock,
    products.map((p, i) => ({ productExternalId: p.externalId, supplierExternalId: 'odoo', quantity: i % 97 })),
  );
}
