import { EntityType, OutboundQueueStatus } from '../domain/enums.js';
import { whereOf } from '../modules/common/where.js';
import { OutboundQueueItem } from '../modules/outbound-queue/outbound-queue.entity.js';
import { retryOutboundItem } from '../modules/outbound-queue/outbound-queue.service.js';
import { type Column, type JsonRecord, printDone, printList } from './cli-output.js';
import { commandGroup, enumFlag, limitOf } from './command-group.js';

/** `hub queue …`: the outbound queue (pushes into Odoo), retried as the retryOutboundItem mutation does. */

const toJson = (item: OutboundQueueItem): JsonRecord => ({
  id: item.id,
  status: item.status,
  entityType: item.entityType,
  entityId: item.entityId,
  attempts: item.attempts,
  lastError: item.lastError ?? null,
  nextAttemptAt: item.nextAttemptAt ?? null,
  pausedAt: item.pausedAt ?? null,
  createdAt: item.createdAt,
  updatedAt: item.updatedAt,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'STATUS', key: 'status' },
  { header: 'ENTITY', key: 'entityType' },
  { header: 'ENTITY ID', key: 'entityId' },
  { header: 'ATTEMPTS', key: 'attempts' },
  { header: 'NEXT ATTEMPT', key: 'nextAttemptAt' },
  { header: 'LAST ERROR', key: 'lastError', max: 50 },
];

export const queueCommand = commandGroup('queue', {
  list: {
    usage: '[--status pending|processing|completed|failed] [--entity SALE_ORDER|…] [--limit N]',
    summary: 'outbound queue items (pushes into Odoo), newest first (50 unless --limit)',
    flags: { status: 'string', entity: 'string', limit: 'string' },
    async run({ db, values, out }) {
      const where = whereOf({
        equals: {
          status: enumFlag(values, 'status', OutboundQueueStatus),
          entityType: enumFlag(values, 'entity', EntityType),
        },
      });
      const limit = limitOf(values);
      const rows = await db((em) => em.find(OutboundQueueItem, where, { orderBy: { id: 'desc' }, limit }));
      printList(out, rows.map(toJson), COLUMNS);
    },
  },
  retry: {
    usage: 'ID',
    summary: 'queue a failed (or stuck) push again from attempt zero (as retryOutboundItem); a completed one stays',
    takesId: true,
    async run({ db, id, out }) {
      const item = await db((em) => retryOutboundItem(em, id));
      const summary =
        item.status === OutboundQueueStatus.COMPLETED
          ? `outbound queue item ${item.id} is completed: nothing to retry`
          : `outbound queue item ${item.id} is pending again; its push job is queued`;
      printDone(out, toJson(item), summary);
    },
  },
});
