import { EntityType, FailureSource, FailureStatus } from '../domain/enums.js';
import { notFound } from '../domain/errors.js';
import { whereOf } from '../modules/common/where.js';
import { resolveSyncFailure, retrySyncFailure } from '../modules/sync-failure/sync-failure-actions.service.js';
import { SyncFailure } from '../modules/sync-failure/sync-failure.entity.js';
import { WebhookDelivery } from '../modules/webhook/webhook-delivery.entity.js';
import { type Column, type JsonRecord, printDone, printList, printRecord } from './cli-output.js';
import { commandGroup, enumFlag, limitOf } from './command-group.js';

/** `hub failures …`: the SyncFailures, retried and resolved by the services the GraphQL mutations use. */

const toJson = (f: SyncFailure): JsonRecord => ({
  id: f.id,
  status: f.status,
  entityType: f.entityType,
  source: f.source,
  externalId: f.externalId,
  entityId: f.entityId ?? null,
  outboundQueueItemId: f.outboundQueueItem?.id ?? null,
  errorMessage: f.errorMessage,
  resolutionNote: f.resolutionNote ?? null,
  resolvedAt: f.resolvedAt ?? null,
  createdAt: f.createdAt,
  updatedAt: f.updatedAt,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'STATUS', key: 'status' },
  { header: 'ENTITY', key: 'entityType' },
  { header: 'SOURCE', key: 'source' },
  { header: 'EXTERNAL ID', key: 'externalId', max: 30 },
  { header: 'CREATED', key: 'createdAt' },
  { header: 'ERROR', key: 'errorMessage', max: 60 },
];

export const failuresCommand = commandGroup('failures', {
  list: {
    usage: '[--status open|resolved] [--entity PRODUCT|…] [--source odoo|webshop] [--limit N]',
    summary: 'sync failures, newest first (50 unless --limit)',
    flags: { status: 'string', entity: 'string', source: 'string', limit: 'string' },
    async run({ db, values, out }) {
      const where = whereOf({
        equals: {
          status: enumFlag(values, 'status', FailureStatus),
          entityType: enumFlag(values, 'entity', EntityType),
          source: enumFlag(values, 'source', FailureSource),
        },
      });
      const limit = limitOf(values);
      const rows = await db((em) => em.find(SyncFailure, where, { orderBy: { id: 'desc' }, limit }));
      printList(out, rows.map(toJson), COLUMNS);
    },
  },
  show: {
    usage: 'ID',
    summary: 'one failure in full, with the webhook deliveries that carry it',
    takesId: true,
    async run({ db, id, out }) {
      const record = await db(async (em) => {
        const failure = await em.findOne(SyncFailure, { id });
        if (!failure) throw notFound(`No sync failure with id ${id}.`);
        const deliveries = await em.find(WebhookDelivery, { syncFailure: failure.id }, { orderBy: { id: 'asc' } });
        return { ...toJson(failure), webhookDeliveryIds: deliveries.map((d) => d.id) };
      });
      printRecord(out, record);
    },
  },
  retry: {
    usage: 'ID',
    summary: 'do again what failed (as retrySyncFailure): a push or pull is queued, a webhook redelivered',
    takesId: true,
    async run({ db, id, out }) {
      const failure = await db((em) => retrySyncFailure(em, id));
      const summary =
        failure.status === FailureStatus.RESOLVED
          ? `retried sync failure ${failure.id}: ${failure.resolutionNote}`
          : `retried sync failure ${failure.id}: queued again; it stays open until that succeeds`;
      printDone(out, toJson(failure), summary);
    },
  },
  resolve: {
    usage: 'ID [--note TEXT]',
    summary: 'close a failure by hand, saying what was done (as resolveSyncFailure)',
    takesId: true,
    flags: { note: 'string' },
    async run({ db, id, values, out }) {
      const failure = await db((em) => resolveSyncFailure(em, id, values.note as string | undefined));
      printDone(out, toJson(failure), `sync failure ${failure.id} is resolved: ${failure.resolutionNote}`);
    },
  },
});
