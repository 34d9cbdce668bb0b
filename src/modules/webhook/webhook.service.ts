import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError, notFound } from '../../domain/errors.js';
import { parseId } from '../common/ids.js';
import { checkWebhookUrl } from './url-guard.js';
import { enqueueDelivery } from '../../outbox/webhook-fan-out.js';
import { generateWebhookSecret } from './webhook-signing.js';
import { DeliveryStatus, type EntityType, type WebhookDirection } from '../../domain/enums.js';
import { WebhookConfig } from './webhook-config.entity.js';
import { WebhookDelivery } from './webhook-delivery.entity.js';

/** What the config mutations need of the configuration. */
export interface WebhookSettings {
  /** WEBHOOK_ALLOW_PRIVATE: let URLs lead to loopback/private addresses. */
  allowPrivate: boolean;
  /** How long the secret before a rotation still signs deliveries. */
  secretOverlapMs: number;
}

export interface NewWebhookConfig {
  url: string;
  entityType: EntityType;
  direction: WebhookDirection;
  isActive?: boolean | null;
}

export interface WebhookConfigChange {
  url?: string | null;
  isActive?: boolean | null;
}

/** A config with its secret in plain text: returned by create and rotate only, never stored elsewhere. */
export interface ConfigWithSecret {
  webhookConfig: WebhookConfig;
  secret: string;
}

async function load(em: EntityManager, id: string): Promise<WebhookConfig> {
  const config = await em.findOne(WebhookConfig, { id: parseId(id) });
  if (!config) throw notFound(`No webhook config with id ${id}.`);
  return config;
}

async function refuseDuplicate(em: EntityManager, config: Pick<WebhookConfig, 'url' | 'entityType' | 'direction'>) {
  const { url, entityType, direction } = config;
  // The same endpoint twice would get every event twice, under two webhook-ids it could not match up.
  if (await em.count(WebhookConfig, { url, entityType, direction })) {
    throw new DomainError(
      'CONFLICT',
      `A webhook config for ${url} with entityType ${entityType.toUpperCase()} and direction ${direction.toUpperCase()} exists already.`,
    );
  }
}

/** `createWebhookConfig`: checks the URL (form, and where it leads), then stores the config with a new secret. */
export async function createWebhookConfig(
  em: EntityManager,
  input: NewWebhookConfig,
  settings: WebhookSettings,
): Promise<ConfigWithSecret> {
  const url = await checkWebhookUrl(input.url, { allowPrivate: settings.allowPrivate });
  await refuseDuplicate(em, { url, entityType: input.entityType, direction: input.direction });
  const secret = generateWebhookSecret();
  const webhookConfig = em.create(WebhookConfig, {
    url,
    entityType: input.entityType,
    direction: input.direction,
    secret,
    isActive: input.isActive ?? true,
  } as WebhookConfig);
  await em.flush();
  return { webhookConfig, secret };
}

/**
 * `updateWebhookConfig`: a new URL (checked like a new config's) or on/off.
 * Turning an endpoint on, or pointing it elsewhere, starts its failing streak afresh.
 */
export async function updateWebhookConfig(
  em: EntityManager,
  id: string,
  change: WebhookConfigChange,
  settings: WebhookSettings,
): Promise<WebhookConfig> {
  const config = await load(em, id);
  if (change.url != null) {
    const url = await checkWebhookUrl(change.url, { allowPrivate: settings.allowPrivate });
    if (url !== config.url) {
      await refuseDuplicate(em, { url, entityType: config.entityType, direction: config.direction });
      config.url = url;
      config.failingSince = null;
    }
  }
  if (change.isActive != null && change.isActive !== config.isActive) {
    config.isActive = change.isActive;
    config.failingSince = null;
  }
  await em.flush();
  return config;
}

/** `deleteWebhookConfig`: its deliveries go with it (their queued jobs then find nothing and end). */
export async function deleteWebhookConfig(em: EntityManager, id: string): Promise<boolean> {
  const removed = await em.nativeDelete(WebhookConfig, { id: parseId(id) });
  if (!removed) throw notFound(`No webhook config with id ${id}.`);
  return true;
}

/**
 * `rotateWebhookSecret`: a new secret; the one it replaces still signs every
 * delivery (a second signature) until the overlap ends, so a receiver can
 * switch at its own pace. A second rotation within the overlap retires the
 * oldest secret at once: at most two are ever live.
 */
export async function rotateWebhookSecret(
  em: EntityManager,
  id: string,
  settings: WebhookSettings,
): Promise<ConfigWithSecret> {
  const config = await load(em, id);
  const secret = generateWebhookSecret();
  const overlap = settings.secretOverlapMs > 0;
  config.previousSecret = overlap ? config.secret : null;
  config.previousSecretExpiresAt = overlap ? new Date(Date.now() + settings.secretOverlapMs) : null;
  config.secret = secret;
  await em.flush();
  return { webhookConfig: config, secret };
}

/**
 * `redeliverWebhook`: sends the same message again (same webhook-id, same body,
 * a fresh timestamp and signature) with a fresh round of attempts. A job still
 * waiting for this delivery is replaced, not doubled. When the replay succeeds,
 * the SyncFailure its earlier failure opened is resolved.
 */
export async function redeliverWebhook(em: EntityManager, deliveryId: string): Promise<WebhookDelivery> {
  const id = parseId(deliveryId, 'deliveryId');
  return em.fork().transactional(async (tx) => {
    const delivery = await tx.findOne(WebhookDelivery, { id }, { populate: ['webhookConfig'] });
    if (!delivery) throw notFound(`No webhook delivery with id ${deliveryId}.`);
    if (!delivery.webhookConfig.isActive) {
      throw new DomainError(
        'CONFLICT',
        `Webhook config ${delivery.webhookConfig.id} is inactive: turn it on (updateWebhookConfig with isActive: true) before redelivering.`,
      );
    }
    // One statement that sets every column, whatever the entity thinks changed: an
    // attempt finishing meanwhile must not leave the row FAILED with no job.
    await tx.nativeUpdate(
      WebhookDelivery,
      { id },
      { status: DeliveryStatus.PENDING, attempts: 0, nextAttemptAt: new Date() },
    );
    await tx.refresh(delivery);
    await enqueueDelivery(tx, id);
    return delivery;
  });
}
