import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { badInput, DomainError } from '../../domain/errors.js';
import { inRetryingTransaction } from '../../ingest/transaction.js';
import { checkDecimal, checkKey, checkObject } from '../../ingest/validate.js';
import { EntityType, ProcessingState, RecordOrigin, SaleOrderDirection } from '../../domain/enums.js';
import { directionOf, isOwner, refuseForeignRecords, type Writer } from '../../domain/record-origin.js';
import { OutboundQueueItem } from '../outbound-queue/outbound-queue.entity.js';
import { queuePush } from '../outbound-queue/outbound-queue.service.js';
import { orderPushPayload } from './order-push-payload.js';
import { checkCustomer, writeCustomer, type CustomerValues } from '../partner/partner.service.js';
import { SaleOrder } from './sale-order.entity.js';
import { notifyInTransaction } from '../../outbox/notify.js';

export interface PlaceSaleOrderValues {
  externalId: string;
  idempotencyKey?: string | null;
  customer: CustomerValues;
  invoiceAddressExternalId?: string | null;
  shippingAddressExternalId?: string | null;
  lines: { productExternalId: string; quantity: number; priceUnit?: string | null }[];
  data?: Record<string, unknown> | null;
  /** What the customer paid (tax included): Odoo's total must match it to 0.01 before the order is confirmed. */
  expectedTotal?: string | null;
}

/** The order as the webshop sent it, minus the key: what a retried call must repeat to be the same call. */
function fingerprint(input: PlaceSaleOrderValues): string {
  const canonical = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(canonical)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.keys(value)
              .sort()
              .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
          )
        : value;
  const { idempotencyKey: _key, ...rest } = input;
  return createHash('sha256')
    .update(JSON.stringify(canonical(rest)))
    .digest('hex');
}

function check(input: PlaceSaleOrderValues): void {
  checkKey(input.externalId, 'input.externalId');
  if (input.idempotencyKey != null) checkKey(input.idempotencyKey, 'input.idempotencyKey');
  checkCustomer(input.customer, 'input.customer');
  if (input.data != null) {
    checkObject(input.data, 'input.data');
    // The hub's own keys of an order's data, which the shop sets through their own arguments only.
    const reserved = ['cancellation', 'expectedTotal'].filter((k) => k in input.data!);
    if (reserved.length) {
      throw badInput(
        `input.data may not hold ${reserved.join(', ')}: the hub keeps ${reserved.length > 1 ? 'them' : 'it'} (use input.expectedTotal, cancelSaleOrder).`,
      );
    }
  }
  if (!input.lines.length) throw badInput('input.lines must hold at least one line.');
  if (input.lines.length > 1000) throw badInput(`input.lines takes at most 1000 lines; got ${input.lines.length}.`);
  input.lines.forEach((l, i) => {
    checkKey(l.productExternalId, `input.lines[${i}].productExternalId`);
    if (!(l.quantity > 0) || !Number.isFinite(l.quantity))
      throw badInput(`input.lines[${i}].quantity must be above 0; got ${l.quantity}.`);
    if (l.priceUnit != null) checkDecimal(l.priceUnit, `input.lines[${i}].priceUnit`);
  });
  if (input.expectedTotal != null) checkDecimal(input.expectedTotal, 'input.expectedTotal');
  const addresses = new Set((input.customer.addresses ?? []).map((a) => a.externalId));
  for (const [field, ref] of [
    ['invoiceAddressExternalId', input.invoiceAddressExternalId],
    ['shippingAddressExternalId', input.shippingAddressExternalId],
  ] as const) {
    if (ref != null && ref !== input.customer.externalId && !addresses.has(ref)) {
      throw badInput(`input.${field} ${JSON.stringify(ref)} is neither the customer nor one of its addresses.`);
    }
  }
}

/**
 * `placeSaleOrder`: the customer and addresses, the order (INBOUND) and its
 * push to Odoo, all in one transaction, as `writer` (a webshop token). The same
 * order again (same externalId or idempotencyKey, same content) returns the
 * stored order and creates nothing; the same key with other content is a
 * CONFLICT; an order, customer or address that Odoo or another user made is
 * FORBIDDEN. Concurrent calls for one order are serialised by an advisory lock
 * on its number.
 */
export async function placeSaleOrder(
  em: EntityManager,
  input: PlaceSaleOrderValues,
  writer: Writer,
): Promise<SaleOrder> {
  check(input);
  const print = fingerprint(input);
  const order = await inRetryingTransaction(em, async (tx) => {
    await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [`sale_order:${input.externalId}`]);
    if (input.idempotencyKey != null) {
      await sqlQuery(tx, 'select pg_advisory_xact_lock(hashtext($1))', [`sale_order_key:${input.idempotencyKey}`]);
    }
    const existing = await tx.findOne(SaleOrder, {
      $or: [
        { externalId: input.externalId },
        ...(input.idempotencyKey != null
          ? [{ idempotencyKey: input.idempotencyKey, direction: SaleOrderDirection.INBOUND }]
          : []),
      ],
    });
    if (existing) {
      if (existing.externalId === input.externalId) {
        refuseForeignRecords(
          EntityType.SALE_ORDER,
          [{ external_id: existing.externalId, origin: existing.origin, owner_user_id: existing.ownerUserId ?? null }],
          writer,
        );
      } else if (existing.origin !== RecordOrigin.WEBSHOP || !isOwner(writer, existing.ownerUserId)) {
        // Someone else's order: not named, but the key is taken.
        throw new DomainError('CONFLICT', `idempotencyKey ${JSON.stringify(input.idempotencyKey)} was already used.`);
      }
      const queued = await tx.findOne(
        OutboundQueueItem,
        { entityType: EntityType.SALE_ORDER, entityId: existing.id },
        { orderBy: { id: 'asc' } },
      );
      if (existing.externalId === input.externalId && queued?.payload.fingerprint === print) return existing;
      throw new DomainError(
        'CONFLICT',
        existing.externalId === input.externalId
          ? `Sale order ${input.externalId} was already placed with other content; an order is placed once.`
          : `idempotencyKey ${JSON.stringify(input.idempotencyKey)} was already used for order ${existing.externalId}.`,
      );
    }
    const skus = [...new Set(input.lines.map((l) => l.productExternalId))];
    const known = await sqlQuery<{ external_id: string }>(
      tx,
      'select "external_id" from "product" where "external_id" = any($1::text[])',
      [skus],
    );
    const missing = skus.filter((s) => !known.some((k) => k.external_id === s));
    if (missing.length) {
      throw badInput(`Unknown product(s): ${missing.join(', ')}. Products come from Odoo; sync them first.`, {
        missing,
      });
    }
    const customer = await writeCustomer(tx, input.customer, writer, false);
    const data = {
      ...(input.data ?? {}),
      customerExternalId: input.customer.externalId,
      invoiceAddressExternalId: input.invoiceAddressExternalId ?? input.customer.externalId,
      shippingAddressExternalId: input.shippingAddressExternalId ?? input.customer.externalId,
      lines: input.lines.map((l) => ({
        productExternalId: l.productExternalId,
        quantity: l.quantity,
        priceUnit: l.priceUnit ?? null,
      })),
      ...(input.expectedTotal != null ? { expectedTotal: input.expectedTotal } : {}),
    };
    const created = tx.create(SaleOrder, {
      externalId: input.externalId,
      idempotencyKey: input.idempotencyKey ?? null,
      direction: SaleOrderDirection.INBOUND,
      customer,
      currentData: data,
      changedFields: Object.keys(data).sort(),
      isNew: true,
      processingState: ProcessingState.PENDING,
      origin: writer.origin,
      ownerUserId: writer.origin === RecordOrigin.WEBSHOP ? writer.userId : null,
    } as unknown as SaleOrder);
    await tx.flush();
    await queuePush(
      tx,
      EntityType.SALE_ORDER,
      created.id,
      orderPushPayload(
        input.externalId,
        print,
        customer,
        (input.customer.addresses ?? []).map((a) => a.externalId),
      ),
    );
    await notifyInTransaction(tx, [
      {
        kind: 'entity',
        change: {
          entityType: EntityType.SALE_ORDER,
          id: created.id,
          externalId: created.externalId,
          changedFields: created.changedFields,
          isNew: true,
          changedAt: created.updatedAt,
        },
        direction: directionOf(writer),
      },
    ]);
    return created;
  });
  // Read back outside the transaction's identity map, as the client will see it
  // (inside a caller's transaction, which has not committed, as that one sees it).
  if (em.isInTransaction()) return order;
  return em.fork().findOneOrFail(SaleOrder, { id: order.id });
}
