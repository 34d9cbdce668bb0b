/** Seed data of the sale addon: sale orders from the webshop and the back office. */
import type { OdooVersion } from '../orm/model-spec.js';
import type { SeededProduct } from './product.js';
import type { SeedRun } from './seed-run.js';

export function seedSaleOrders(
  run: SeedRun,
  templates: SeededProduct[],
  customers: number[],
  pricelists: { publicList: number; b2bList: number },
  count: number,
  version: OdooVersion,
): void {
  const { random, pick, create, write } = run;
  const { publicList, b2bList } = pricelists;
  const sellable = templates.filter((t) => t.storable || t.price > 0);
  const soStates =
    version === 16 ? ['draft', 'sent', 'sale', 'sale', 'done', 'cancel'] : ['draft', 'sent', 'sale', 'sale', 'cancel'];
  const activeCustomers = customers.filter((_, i) => (i + 1) % 40 !== 0);
  for (let j = 0; j < count && sellable.length && activeCustomers.length; j++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 4) }, () => [
      0,
      0,
      { product_id: pick(sellable).variant, product_uom_qty: 1 + Math.floor(random() * 10) },
    ]);
    const at = run.nextMoment();
    const id = create('sale.order', {
      partner_id: activeCustomers[j % activeCustomers.length],
      client_order_ref: j % 2 === 0 ? `WEB-${100000 + j}` : false,
      pricelist_id: j % 3 === 0 ? b2bList : publicList,
      date_order: new Date(at).toISOString().slice(0, 19).replace('T', ' '),
      order_line: lines,
    });
    const state = soStates[j % soStates.length];
    if (state !== 'draft') write('sale.order', [id], { state }, at + 1_800_000);
  }
}
