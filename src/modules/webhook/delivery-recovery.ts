import type { EntityManager } from '@mikro-orm/postgresql';
import { sqlQuery } from '../../db/sql.js';
import { DomainError, notFound } from '../../domain/errors.js';
import { DELIVER_WEBHOOK_TASK, DELIVERY_JOB_MAX_ATTEMPTS, deliveryJobKey } from '../../outbox/webhook-fan-out.js';
import { parseId } from '../common/ids.js';
import { WebhookConfig } from './webhook-config.entity.js';

/**
 * Recovery ("recover failed since", as Svix calls it): every delivery to one
 * endpoint that failed for good since a time is sent again, each exactly as
 * redeliverWebhook sends one (same webhook-id and body, a fresh signature at send
 * time, a fresh round of attempts, its SyncFailure resolved when it arrives).
 */

/** The most deliveries one call re-queues, oldest first; a second call picks up the rest (they are no longer FAILED). */
export const MAX_RECOVERED = 10_000;

// One statement whatever the number: the rows reset and their jobs added (a job still
// waiting for a row is replaced, by its job key, not doubled), as the fan-out adds them.
const RECOVER = `
with "picked" as (
  select "id" from "webhook_delivery"
   where "webhook_config_id" = $1 and "status" = 'failed' and "created_at" >= $2
   order by "id" limit $3
), "reset" as (
  update "webhook_delivery" d set "status" = 'pending', "attempts" = 0, "next_attempt_at" = now(), "updated_at" = now()
    from "picked" p where d."id" = p."id" and d."status" = 'failed'
  returning d."id"
), "specs" as (
  select array_agg(row('${DELIVER_WEBHOOK_TASK}', json_build_object('deliveryId', r."id"), null, null, $4::int,
                       '${deliveryJobKey('')}' || r."id", null, null)::graphile_worker.job_spec order by r."id") as "specs"
    from "reset" r
)
select (select count(*) from "reset")::int as "recovered",
       (select count(*) from "specs" s, graphile_worker.add_jobs(s."specs") where s."specs" is not null)::int as "jobs"`;

/**
 * `recoverWebhookDeliveries`: re-queues the FAILED deliveries to config `configId`
 * created at or after `since`, at most MAX_RECOVERED (the oldest first); returns how many.
 */
export async function recoverWebhookDeliveries(em: EntityManager, configId: string, since: Date): Promise<number> {
  const id = parseId(configId, 'webhookConfigId');
  return em.fork().transactional(async (tx) => {
    const config = await tx.findOne(WebhookConfig, { id });
    if (!config) throw notFound(`No webhook config with id ${configId}.`);
    if (!config.isActive) {
      throw new DomainError(
        'CONFLICT',
        `Webhook config ${config.id} is inactive: turn it on (updateWebhookConfig with isActive: true) before recovering its deliveries.`,
      );
    }
    const [row] = await sqlQuery<{ recovered: number }>(tx, RECOVER, [
      id,
      since,
      MAX_RECOVERED,
      DELIVERY_JOB_MAX_ATTEMPTS,
    ]);
    return row?.recovered ?? 0;
  });
}
