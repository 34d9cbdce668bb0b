import type { Task } from 'graphile-worker';
import type { Dispatcher } from 'undici';
import { z } from 'zod';
import { guardedDispatcher } from '../modules/webhook/delivery-send.js';
import { createDeliveryStore } from '../modules/webhook/delivery-store.js';
import { attemptDelivery, type DeliveryDeps } from '../modules/webhook/webhook-delivery.service.js';

const Payload = z.object({ deliveryId: z.uuid() });

export type DeliverWebhookPayload = z.infer<typeof Payload>;

/**
 * deliver_webhook: one attempt of one delivery (webhook-delivery.service.ts).
 * A failed HTTP attempt is recorded and the next one scheduled as a new job, so
 * this job completes; only an unexpected error (the database went away) throws,
 * and graphile-worker retries that.
 */
export function deliverWebhookTask(deps: Omit<DeliveryDeps, 'dispatcher' | 'store'>): Task {
  const store = createDeliveryStore(deps.em);
  // One connection pool for every delivery of this worker (made on first use);
  // unless private addresses are allowed, its lookup refuses them on every connection.
  let dispatcher: Dispatcher | undefined;
  return async (payload) => {
    const { deliveryId } = Payload.parse(payload);
    if (!deps.config.webhookAllowPrivate) dispatcher ??= guardedDispatcher();
    await attemptDelivery({ ...deps, dispatcher, store }, deliveryId);
  };
}
