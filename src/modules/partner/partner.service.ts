import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput } from '../../domain/errors.js';
import { ingestPartners } from '../../ingest/ingest.service.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { checkKey, checkObject } from '../../ingest/validate.js';
import { EntityType, PartnerType } from '../../domain/enums.js';
import type { Writer } from '../../domain/record-origin.js';
import { queuePush } from '../outbound-queue/outbound-queue.service.js';
import { Partner } from './partner.entity.js';

export interface CustomerValues {
  externalId: string;
  data: Record<string, unknown>;
  addresses?: { externalId: string; type: PartnerType; data: Record<string, unknown> }[] | null;
}

/** Checks a customer from the webshop; `at` names it in messages (e.g. `input.customer`). */
export function checkCustomer(customer: CustomerValues, at: string): void {
  checkKey(customer.externalId, `${at}.externalId`);
  checkObject(customer.data, `${at}.data`);
  const seen = new Set([customer.externalId]);
  (customer.addresses ?? []).forEach((a, i) => {
    checkKey(a.externalId, `${at}.addresses[${i}].externalId`);
    checkObject(a.data, `${at}.addresses[${i}].data`);
    if (seen.has(a.externalId))
      throw badInput(`${at}.addresses[${i}].externalId ${JSON.stringify(a.externalId)} is used twice.`);
    seen.add(a.externalId);
  });
}

/**
 * Writes a customer (CONTACT) and its addresses (children) in `tx` as `writer`
 * (refused when any of them is not the writer's to change), and queues their
 * push to Odoo when anything changed and `queue` says so.
 */
export async function writeCustomer(
  tx: EntityManager,
  customer: CustomerValues,
  writer: Writer,
  queue: boolean,
): Promise<Partner> {
  const outcome = await ingestPartners(
    tx,
    [
      { externalId: customer.externalId, type: PartnerType.CONTACT, data: customer.data, externalParentId: null },
      ...(customer.addresses ?? []).map((a) => ({
        externalId: a.externalId,
        type: a.type,
        data: a.data,
        externalParentId: customer.externalId,
      })),
    ],
    writer,
  );
  const partner = await tx.findOneOrFail(Partner, { externalId: customer.externalId });
  if (queue && outcome.created + outcome.updated > 0) {
    await queuePush(tx, EntityType.PARTNER, partner.id, { externalId: customer.externalId });
  }
  return partner;
}

/** `saveCustomer`: the customer and its addresses, stored and pushed to Odoo through the outbound queue. */
export function saveCustomer(em: EntityManager, customer: CustomerValues, writer: Writer): Promise<Partner> {
  checkCustomer(customer, 'input');
  return inRetryingTransaction(em, (tx) => writeCustomer(tx, customer, writer, true));
}
