import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../domain/errors.js';
import type { EntityType } from '../../domain/enums.js';
import { enqueueOdooPull } from '../../outbox/odoo-jobs.js';

/**
 * Queues a pull of one entity type now (`full`: from the beginning), for the
 * requestOdooPull mutation and `hub pull`. Refused without an Odoo to pull from:
 * the job would only be skipped.
 */
export async function requestPull(
  em: EntityManager,
  entityType: EntityType,
  full: boolean,
  odooConfigured: boolean,
): Promise<void> {
  if (!odooConfigured) throw badInput('Odoo is not configured: set ODOO_URL, ODOO_DB, ODOO_USERNAME and ODOO_API_KEY.');
  // Every entity type is pulled: the registry gives each its Odoo model.
  await enqueueOdooPull(em, entityType, full);
}
