import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { sqlQuery } from '../../db/sql.js';
import { DeliveryStatus } from '../../domain/enums.js';
import { DateTimeScalar } from '../common/scalars.js';

/** How many of an endpoint's latest finished deliveries its health is read from. */
export const HEALTH_WINDOW = 100;
/** Pending deliveries are counted up to this many (a count past it would walk a backlog for nothing). */
export const MAX_PENDING_COUNTED = 1000;

@ObjectType('WebhookHealth', {
  description: `An endpoint's health, read from its latest ${HEALTH_WINDOW} finished (DELIVERED or FAILED) deliveries.`,
})
export class WebhookHealth {
  @Field(() => Int, { description: `Finished deliveries read (at most ${HEALTH_WINDOW}).` })
  recentDeliveries!: number;

  @Field(() => Float, { nullable: true, description: 'DELIVERED / finished among them, 0 to 1; null when none.' })
  recentSuccessRate!: number | null;

  @Field(() => Int, { description: 'FAILED deliveries since the latest DELIVERED one (within the window).' })
  consecutiveFailures!: number;

  @Field(() => DeliveryStatus, { nullable: true, description: 'The latest finished delivery’s status.' })
  lastStatus!: DeliveryStatus | null;

  @Field(() => Int, { nullable: true, description: 'The HTTP status of the latest finished delivery, if one came.' })
  lastResponseStatus!: number | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'When the latest finished delivery finished.' })
  lastFinishedAt!: Date | null;

  @Field(() => Int, { description: `Deliveries waiting for an attempt (counted up to ${MAX_PENDING_COUNTED}).` })
  pendingDeliveries!: number;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'Since when every attempt has failed (null after a success); the endpoint is turned off after WEBHOOK_DISABLE_AFTER_DAYS.',
  })
  failingSince!: Date | null;
}

// One statement for every endpoint a request asks about: two walks of (webhook_config_id, id) each.
const HEALTH = `
select c."id", c."failing_since", h.*, l.*,
       (select count(*) from (select 1 from "webhook_delivery" p
                               where p."webhook_config_id" = c."id" and p."status" = 'pending' limit $3) x)::int as "pending"
  from "webhook_config" c
  left join lateral (
    select count(*)::int as "finished",
           (count(*) filter (where r."status" = 'delivered'))::int as "delivered",
           (count(*) filter (where r."status" = 'failed' and (r."last_ok" is null or r."id"::text > r."last_ok")))::int as "consecutive"
      from (select d."id", d."status", max(d."id"::text) filter (where d."status" = 'delivered') over () as "last_ok"
              from (select d."id", d."status" from "webhook_delivery" d
                     where d."webhook_config_id" = c."id" and d."status" <> 'pending'
                     order by d."id" desc limit $2) d) r
  ) h on true
  left join lateral (
    select d."status" as "last_status", d."response_status" as "last_response_status",
           coalesce(d."delivered_at", d."updated_at") as "last_finished_at"
      from "webhook_delivery" d
     where d."webhook_config_id" = c."id" and d."status" <> 'pending'
     order by d."id" desc limit 1
  ) l on true
 where c."id" = any($1::uuid[])`;

interface HealthRow {
  id: string;
  failing_since: Date | string | null;
  finished: number;
  delivered: number;
  consecutive: number;
  last_status: DeliveryStatus | null;
  last_response_status: number | null;
  last_finished_at: Date | string | null;
  pending: number;
}

// Raw rows may hold timestamps as text (the pool's type parsers): the scalar needs Dates.
const dateOf = (v: Date | string | null) => (v == null ? null : new Date(v));

/** A loader of endpoints' health by config id: one statement per request, whatever the number of endpoints. */
export function webhookHealthLoader(em: EntityManager): DataLoader<string, WebhookHealth | null> {
  return new DataLoader(async (ids) => {
    const rows = await sqlQuery<HealthRow>(em, HEALTH, [ids, HEALTH_WINDOW, MAX_PENDING_COUNTED]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => {
      const r = byId.get(id);
      if (!r) return null;
      return Object.assign(new WebhookHealth(), {
        recentDeliveries: r.finished,
        recentSuccessRate: r.finished ? r.delivered / r.finished : null,
        consecutiveFailures: r.consecutive,
        lastStatus: r.last_status,
        lastResponseStatus: r.last_response_status,
        lastFinishedAt: dateOf(r.last_finished_at),
        pendingDeliveries: r.pending,
        failingSince: dateOf(r.failing_since),
      });
    });
  });
}
