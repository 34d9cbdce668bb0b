import express, { type Request, type Response, type Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { authorize } from '../modules/common/authorize.js';
import type { Authenticator } from '../modules/api-token/authenticator.js';
import { DomainError } from '../domain/errors.js';
import type { Logger } from '../observability/logger.js';
import { MODEL_ENTITY } from '../domain/syncable-types.js';
import { enqueueOdooReadBack } from '../outbox/odoo-jobs.js';

/** The access rule of the receiver, like a root field's (see domain/access-rules.ts). */
export const ODOO_WEBHOOK_RULE = ['odoo:webhook'] as const;

/**
 * `POST /webhooks/odoo?token=…`: the target of an Odoo automation rule's "Send
 * Webhook Notification". Odoo cannot set headers, so the token (scope
 * `odoo:webhook`) rides in the query string (ApiLog stores the path only).
 * Odoo waits about a second and never retries: answer 202 at once, after
 * queueing a read-back of the record. The body is a hint (`_model`, `_id`),
 * never data: the job reads the record from Odoo, and tombstones the hub's row
 * when Odoo no longer has it. An "On deletion" automation posts before its
 * record is gone (Odoo runs the actions, then unlinks, then commits): its URL
 * adds `&event=unlink`, and the read-back waits for the deletion to commit.
 * One job key per record (and
 * the record's named queue), so a burst of notifications for one record makes
 * one read-back at a time, and at most one more queued behind it.
 */
export function odooWebhookRouter(deps: {
  orm: MikroORM;
  logger: Logger;
  authenticator: Authenticator;
  odooConfigured: boolean;
}): Router {
  const router = express.Router();
  const fail = (res: Response, status: number, code: string, message: string) => {
    res.status(status).json({ error: { code, message } });
  };
  router.post('/webhooks/odoo', express.json({ limit: '256kb' }), async (req: Request, res: Response) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const auth = await deps.authenticator.authenticate(token ? `Bearer ${token}` : null);
    try {
      authorize(auth, 'POST /webhooks/odoo', ODOO_WEBHOOK_RULE);
    } catch (err) {
      const e = err as DomainError;
      const status = e.code === 'FORBIDDEN' ? 403 : 401;
      return fail(
        res,
        status,
        e.code,
        token ? e.message : 'Add ?token=<API token with scope odoo:webhook> to the webhook URL.',
      );
    }
    const body = (req.body ?? {}) as Record<string, unknown>;
    const model = body._model;
    // Odoo sends the id as a JSON number; a numeric string is taken too, nothing else (`true`, `[5]`).
    const id =
      typeof body._id === 'number' || (typeof body._id === 'string' && /^\d+$/.test(body._id)) ? Number(body._id) : NaN;
    if (typeof model !== 'string' || !Object.hasOwn(MODEL_ENTITY, model)) {
      return fail(
        res,
        422,
        'UNPROCESSABLE_ENTITY',
        `Unknown _model ${JSON.stringify(model ?? null)}; the hub takes ${Object.keys(MODEL_ENTITY).join(', ')}.`,
      );
    }
    if (!Number.isInteger(id) || id <= 0)
      return fail(res, 422, 'UNPROCESSABLE_ENTITY', '`_id` must be the record id (a positive integer).');
    if (!deps.odooConfigured) {
      return fail(
        res,
        503,
        'UNAVAILABLE',
        'The hub has no Odoo connection configured (ODOO_URL, ODOO_DB, ODOO_USERNAME, ODOO_API_KEY).',
      );
    }
    // `event=unlink` in the URL: the notification is an "On deletion" automation's (it sends what an update does).
    const deleted = req.query.event === 'unlink';
    await enqueueOdooReadBack(deps.orm.em.fork(), model, id, deleted);
    res.status(202).json({ status: 'queued', model, id, ...(deleted ? { event: 'unlink' } : {}) });
  });
  return router;
}
