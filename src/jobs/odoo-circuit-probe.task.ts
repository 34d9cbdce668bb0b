import type { MikroORM } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import type { OdooCircuitBreaker } from '../odoo/odoo-circuit.js';
import type { OdooClient } from '../odoo/odoo-client.js';

/**
 * odoo_circuit_probe: queued when the circuit opens and by itself while it
 * stays open (src/odoo/odoo-circuit.ts); a closed circuit ends the chain. The
 * requeue sweep queues it again should the chain break while the circuit is open.
 */
export function odooCircuitProbeTask(deps: {
  orm: MikroORM;
  odoo: OdooClient | null;
  circuit?: OdooCircuitBreaker | null;
}): Task {
  return async (_payload, helpers) => {
    if (!deps.odoo || !deps.circuit?.enabled) return;
    const outcome = await deps.circuit.probe(deps.orm.em.fork(), deps.odoo);
    if (outcome.state === 'closed') {
      helpers.logger.info(`Odoo answers again: circuit closed, ${outcome.resumed} paused push(es) resumed`);
    } else if (outcome.state === 'still open') {
      helpers.logger.warn(`Odoo is still out of reach (${outcome.error}); pushes stay paused`);
    }
  };
}
