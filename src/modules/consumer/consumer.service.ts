import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, DomainError, notFound } from '../../domain/errors.js';
import type { EntityType } from '../../domain/enums.js';
import { sqlQuery } from '../../db/sql.js';
import { isId, parseId } from '../common/ids.js';
import { Consumer } from './consumer.entity.js';

/** What an admin sets on a consumer; an absent field keeps its value (update) or takes its default (create). */
export interface ConsumerSettings {
  name?: string | null;
  entityTypes?: readonly EntityType[] | null;
  pricelistExternalId?: string | null;
  warehouse?: string | null;
}

const MAX_NAME = 100;

function checkName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed || trimmed.length > MAX_NAME) throw badInput(`A consumer name must be 1 to ${MAX_NAME} characters.`);
  return trimmed;
}

/** An empty string clears an optional key; anything else is kept trimmed. */
const optionalKey = (value: string | null | undefined) => (value == null ? null : value.trim() || null);

async function checkNameFree(em: EntityManager, name: string, except?: string): Promise<void> {
  const clash = await em.findOne(Consumer, { name }, { fields: ['id'] });
  if (clash && clash.id !== except) throw new DomainError('CONFLICT', `A consumer named "${name}" exists already.`);
}

export async function listConsumers(em: EntityManager): Promise<Consumer[]> {
  return em.find(Consumer, {}, { orderBy: { id: 'asc' } });
}

export async function getConsumer(em: EntityManager, id: string, argument = 'id'): Promise<Consumer> {
  const consumer = await em.findOne(Consumer, { id: parseId(id, argument) });
  if (!consumer) throw notFound(`No consumer with id ${id}.`);
  return consumer;
}

/** A consumer by its id or, when `key` is not a UUID, its name (the CLI's `--consumer`). */
export async function findConsumer(em: EntityManager, key: string): Promise<Consumer> {
  const consumer = await em.findOne(Consumer, isId(key) ? { id: key.toLowerCase() } : { name: key.trim() });
  if (!consumer) throw notFound(`No consumer with the id or name "${key}" (see \`npm run hub -- consumers list\`).`);
  return consumer;
}

export async function createConsumer(
  em: EntityManager,
  settings: ConsumerSettings & { name: string },
): Promise<Consumer> {
  const name = checkName(settings.name);
  await checkNameFree(em, name);
  const consumer = em.create(Consumer, {
    name,
    isDefault: false,
    entityTypes: [...new Set(settings.entityTypes ?? [])],
    pricelistExternalId: optionalKey(settings.pricelistExternalId),
    warehouse: optionalKey(settings.warehouse),
  } as Consumer);
  await em.flush();
  return consumer;
}

/**
 * The default consumer can be renamed only: its feed is the records' own state,
 * which serves every type, pricelist and warehouse, exactly as before consumers.
 */
export async function updateConsumer(em: EntityManager, id: string, settings: ConsumerSettings): Promise<Consumer> {
  const consumer = await getConsumer(em, id);
  const narrows = settings.entityTypes != null || settings.pricelistExternalId != null || settings.warehouse != null;
  if (consumer.isDefault && narrows) {
    throw badInput('The default consumer follows everything: only its name can change.');
  }
  if (settings.name != null) {
    const name = checkName(settings.name);
    await checkNameFree(em, name, consumer.id);
    consumer.name = name;
  }
  if (settings.entityTypes != null) consumer.entityTypes = [...new Set(settings.entityTypes)];
  if (settings.pricelistExternalId !== undefined)
    consumer.pricelistExternalId = optionalKey(settings.pricelistExternalId);
  if (settings.warehouse !== undefined) consumer.warehouse = optionalKey(settings.warehouse);
  await em.flush();
  return consumer;
}

/** Deletes a consumer and its feed state; refused for the default and while a live token speaks for it. */
export async function deleteConsumer(em: EntityManager, id: string): Promise<Consumer> {
  const consumer = await getConsumer(em, id);
  if (consumer.isDefault) throw badInput('The default consumer cannot be deleted.');
  const [live] = await sqlQuery<{ n: string }>(
    em,
    `select count(*) as n from "api_token" where "consumer_id" = $1 and "revoked_at" is null
        and ("expires_at" is null or "expires_at" > now())`,
    [consumer.id],
  );
  const n = Number(live!.n);
  if (n > 0) {
    throw new DomainError(
      'CONFLICT',
      `Consumer "${consumer.name}" has ${n} live API token(s): revoke them (revokeApiToken) before deleting it.`,
    );
  }
  const gone = { ...consumer } as Consumer;
  await em.remove(consumer).flush();
  return gone;
}

/** The consumer a new token is bound to: checked to exist (null: the default consumer). */
export async function consumerForToken(
  em: EntityManager,
  consumerId: string | null | undefined,
): Promise<Consumer | null> {
  if (consumerId == null) return null;
  return getConsumer(em, consumerId, 'consumerId');
}
