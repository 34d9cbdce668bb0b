import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { enqueueDelivery } from '../../outbox/webhook-fan-out.js';
import { parseId } from '../common/ids.js';
import { WebhookConfig } from './webhook-config.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';

/** The `type` of a test message: no receiver mistakes it for a change. */
export const TEST_MESSAGE_TYPE = 'webhook.test';

const INSERT = `
insert into "webhook_delivery" ("id", "webhook_config_id", "message_id", "payload", "status", "attempts",
                                "next_attempt_at", "created_at", "updated_at")
select i."id", $1::uuid, 'msg_' || replace(i."id"::text, '-', ''), jsonb_build_object(
         'type', '${TEST_MESSAGE_TYPE}',
         'timestamp', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
         'data', jsonb_build_object('test', true, 'webhookConfigId', $4::text,
                                    'entityType', upper($2::text), 'direction', upper($3::text))),
       'pending', 0, now(), now(), now()
  from (select uuid_v7() as "id") i
returning "id"`;

/**
 * `sendTestWebhook`: a signed `webhook.test` message to one endpoint, through the
 * same queue, signing, attempts and ApiLog as any delivery (so what it shows is
 * what a real message would meet), and a delivery row to watch.
 */
export async function sendTestWebhook(em: EntityManager, configId: string): Promise<WebhookDelivery> {
  const id = parseId(configId);
  const deliveryId = await em.fork().transactional(async (tx) => {
    const config = await tx.findOne(WebhookConfig, { id });
    if (!config) throw notFound(`No webhook config with id ${configId}.`);
    if (!config.isActive) {
      throw new DomainError(
        'CONFLICT',
        `Webhook config ${config.id} is inactive: turn it on (updateWebhookConfig with isActive: true) before sending it a test.`,
      );
    }
    const [row] = await sqlQuery<{ id: string }>(tx, INSERT, [
      config.id,
      config.entityType,
      config.direction,
      config.id,
    ]);
    await enqueueDelivery(tx, row!.id);
    return row!.id;
  });
  return (await em.fork().findOne(WebhookDelivery, { id: deliveryId }))!;
}
