/** Seed data of the purchase addon: purchase orders in every state. */
import type { SeededProduct } from './product.js';
import { pad, type SeedRun } from './seed-run.js';

export function seedPurchaseOrders(run: SeedRun, purchasable: SeededProduct[], vendors: number[], count: number): void {
  const { random, pick, create, write } = run;
  const poStates = ['draft', 'sent', 'purchase', 'purchase', 'done', 'cancel'];
  for (let j = 0; j < count && purchasable.length; j++) {
    const lines = Array.from({ length: 1 + Math.floor(random() * 5) }, () => [
      0,
      0,
      { product_id: pick(purchasable).variant, product_qty: 1 + Math.floor(random() * 100) },
    ]);
    const at = run.nextMoment();
    const id = create('purchase.order', {
      partner_id: vendors[j % vendors.length],
      partner_ref: j % 3 === 0 ? `VR-${10000 + j}` : false,
      origin: j % 4 === 0 ? `OP/${pad(j, 5)}` : false,
      date_order: new Date(at).toISOString().slice(0, 19).replace('T', ' '),
      order_line: lines,
    });
    const state = poStates[j % poStates.length];
    if (state !== 'draft') {
      const confirmed = state === 'purchase' || state === 'done';
      write(
        'purchase.order',
        [id],
        {
          state,
          ...(confirmed ? { date_approve: new Date(at + 3_600_000).toISOString().slice(0, 19).replace('T', ' ') } : {}),
        },
        at + 3_600_000,
      );
    }
  }
}
