/** Seed data of the stock addon: shelves under WH/Stock, and quants of the storable products. */
import type { BaseIds } from './install.js';
import type { SeededProduct } from './product.js';
import type { SeedRun } from './seed-run.js';

/** Two shelves under WH/Stock; returns the internal locations quants go to. */
export function seedShelves(run: SeedRun, base: BaseIds): number[] {
  const shelves = [1, 2].map((n) =>
    run.create('stock.location', { name: `Shelf ${n}`, usage: 'internal', location_id: base.stock }),
  );
  return [base.stock, ...shelves];
}

/** Each storable product on up to three internal locations. */
export function seedQuants(run: SeedRun, storable: SeededProduct[], internalLocations: number[], count: number): void {
  const { random, create } = run;
  const quantCount = Math.min(count, storable.length * internalLocations.length);
  for (let k = 0; k < quantCount; k++) {
    const quantity = random() < 0.08 ? 0 : Math.floor(random() * 250);
    create('stock.quant', {
      product_id: storable[k % storable.length].variant,
      // Each pass over the products shifts the location by one: every location gets quants, no pair repeats.
      location_id:
        internalLocations[((k % storable.length) + Math.floor(k / storable.length)) % internalLocations.length],
      quantity,
      reserved_quantity: Math.min(quantity, Math.floor(random() * 6)),
    });
  }
}
