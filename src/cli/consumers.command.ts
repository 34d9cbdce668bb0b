import { EntityType } from '../domain/enums.js';
import type { Consumer } from '../modules/consumer/consumer.entity.js';
import { createConsumer, listConsumers } from '../modules/consumer/consumer.service.js';
import { type Column, type JsonRecord, printDone, printList, UsageError } from './cli-output.js';
import { commandGroup, enumListFlag } from './command-group.js';

/** `hub consumers …`: the change feed's consumers (docs/consumers.md), made by the service createConsumer uses. */

const toJson = (c: Consumer): JsonRecord => ({
  id: c.id,
  name: c.name,
  isDefault: c.isDefault,
  entityTypes: c.entityTypes,
  pricelistExternalId: c.pricelistExternalId ?? null,
  warehouse: c.warehouse ?? null,
  createdAt: c.createdAt,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'NAME', key: 'name', max: 30 },
  { header: 'DEFAULT', key: 'isDefault' },
  { header: 'TYPES', key: 'entityTypes', max: 40 },
  { header: 'PRICELIST', key: 'pricelistExternalId', max: 30 },
  { header: 'WAREHOUSE', key: 'warehouse', max: 30 },
  { header: 'CREATED', key: 'createdAt' },
];

export const consumersCommand = commandGroup('consumers', {
  list: {
    usage: '',
    summary: 'the change feed’s consumers, the default one first (TYPES `-`: every type)',
    async run({ db, out }) {
      const rows = await db((em) => listConsumers(em));
      printList(out, rows.map(toJson), COLUMNS);
    },
  },
  create: {
    usage: '--name NAME [--types PRODUCT,PARTNER,…] [--pricelist EXTERNAL_ID] [--warehouse odoo:CODE]',
    summary: 'create a consumer (no --types: it follows every type); bind tokens to it with token:create --consumer',
    flags: { name: 'string', types: 'string', pricelist: 'string', warehouse: 'string' },
    async run({ db, values, out }) {
      if (typeof values.name !== 'string') throw new UsageError('consumers create needs --name');
      const entityTypes = enumListFlag(values, 'types', EntityType) ?? null;
      const consumer = await db((em) =>
        createConsumer(em, {
          name: values.name as string,
          entityTypes,
          pricelistExternalId: values.pricelist as string | undefined,
          warehouse: values.warehouse as string | undefined,
        }),
      );
      printDone(
        out,
        toJson(consumer),
        `created consumer "${consumer.name}" (${consumer.id}) following ` +
          `${consumer.entityTypes.length ? consumer.entityTypes.join(',') : 'every type'}; ` +
          `bind a token to it: npm run hub -- token:create --consumer ${consumer.id} --name … --scopes …`,
      );
    },
  },
});
