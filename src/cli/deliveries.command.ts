import { DeliveryStatus } from '../domain/enums.js';
import { parseId } from '../modules/common/ids.js';
import { whereOf } from '../modules/common/where.js';
import { WebhookDelivery } from '../modules/webhook/webhook-delivery.entity.js';
import { redeliverWebhook } from '../modules/webhook/webhook.service.js';
import { type Column, type JsonRecord, printDone, printList } from './cli-output.js';
import { commandGroup, enumFlag, limitOf } from './command-group.js';

/** `hub deliveries …`: outgoing webhook deliveries, redelivered as the redeliverWebhook mutation does. */

const toJson = (d: WebhookDelivery): JsonRecord => ({
  id: d.id,
  status: d.status,
  webhookConfigId: d.webhookConfig.id,
  messageId: d.messageId,
  type: (d.payload as { type?: string }).type ?? null,
  attempts: d.attempts,
  responseStatus: d.responseStatus ?? null,
  lastError: d.lastError ?? null,
  nextAttemptAt: d.nextAttemptAt ?? null,
  deliveredAt: d.deliveredAt ?? null,
  syncFailureId: d.syncFailure?.id ?? null,
  createdAt: d.createdAt,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'STATUS', key: 'status' },
  { header: 'TYPE', key: 'type', max: 30 },
  { header: 'WEBHOOK', key: 'webhookConfigId' },
  { header: 'ATTEMPTS', key: 'attempts' },
  { header: 'HTTP', key: 'responseStatus' },
  { header: 'CREATED', key: 'createdAt' },
  { header: 'LAST ERROR', key: 'lastError', max: 40 },
];

export const deliveriesCommand = commandGroup('deliveries', {
  list: {
    usage: '[--status pending|delivered|failed] [--webhook CONFIG_ID] [--limit N]',
    summary: 'webhook deliveries, newest first (50 unless --limit)',
    flags: { status: 'string', webhook: 'string', limit: 'string' },
    async run({ db, values, out }) {
      const webhook = typeof values.webhook === 'string' ? parseId(values.webhook, '--webhook') : null;
      const where = whereOf({
        equals: { status: enumFlag(values, 'status', DeliveryStatus), webhookConfig: webhook },
      });
      const limit = limitOf(values);
      const rows = await db((em) => em.find(WebhookDelivery, where, { orderBy: { id: 'desc' }, limit }));
      printList(out, rows.map(toJson), COLUMNS);
    },
  },
  redeliver: {
    usage: 'ID',
    summary: 'send a delivery again from attempt zero (as redeliverWebhook); refused while its webhook is inactive',
    takesId: true,
    async run({ db, id, out }) {
      const delivery = await db((em) => redeliverWebhook(em, id));
      printDone(out, toJson(delivery), `webhook delivery ${delivery.id} is pending again; its job is queued`);
    },
  },
});
