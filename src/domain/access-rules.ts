import type { Scope } from './scopes.js';

/**
 * Who may call each root field, in one table. `public`: anyone, even without a
 * token; `authenticated`: any valid token; a list of scopes: a token holding all
 * of them (`admin` holds every scope). A root field missing here is refused for
 * everyone (and a test fails), so nothing new is ever open by accident.
 */
export type AccessRule = 'public' | 'authenticated' | readonly Scope[];

export const ACCESS_RULES: Record<string, AccessRule> = {
  'Query.me': 'authenticated',
  'Query.syncStatus': ['sync:read'],
  'Query.product': ['catalog:read'],
  'Query.products': ['catalog:read'],
  'Query.productTemplates': ['catalog:read'],
  'Query.categories': ['catalog:read'],
  'Query.stocks': ['catalog:read'],
  'Query.pricelistItems': ['catalog:read'],
  'Query.partner': ['partners:read'],
  'Query.partners': ['partners:read'],
  'Query.saleOrder': ['orders:read'],
  'Query.saleOrders': ['orders:read'],
  'Query.purchaseOrder': ['orders:read'],
  'Query.purchaseOrders': ['orders:read'],
  'Query.outboundQueue': ['sync:read'],
  'Query.syncFailures': ['sync:read'],
  'Query.syncFailure': ['sync:read'],
  'Query.apiLogs': ['sync:read'],
  'Query.webhookConfigs': ['webhooks:manage'],
  'Query.webhookDeliveries': ['webhooks:manage'],
  'Query.users': ['admin'],
  'Query.apiTokens': ['admin'],
  'Query.allowedDomains': ['admin'],
  'Query.consumers': ['admin'],

  // Writing Odoo's data takes sync:write on top of the entity's scope, so a
  // webshop token (partners:write, orders:write) cannot pose as Odoo.
  'Mutation.ingestProducts': ['catalog:write', 'sync:write'],
  'Mutation.ingestStock': ['catalog:write', 'sync:write'],
  'Mutation.ingestPricelistItems': ['catalog:write', 'sync:write'],
  'Mutation.ingestPartners': ['partners:write', 'sync:write'],
  'Mutation.ingestSaleOrders': ['orders:write', 'sync:write'],
  'Mutation.ingestPurchaseOrders': ['orders:write', 'sync:write'],
  'Mutation.claimChanges': ['changes:consume'],
  'Mutation.acknowledgeChanges': ['changes:consume'],
  'Mutation.acknowledgeStockChanges': ['changes:consume'],
  'Mutation.acknowledgePriceChanges': ['changes:consume'],
  'Mutation.placeSaleOrder': ['orders:write'],
  'Mutation.cancelSaleOrder': ['orders:write'],
  'Mutation.saveCustomer': ['partners:write'],
  'Mutation.createPurchaseOrder': ['orders:write'],
  'Mutation.retryOutboundItem': ['sync:write'],
  'Mutation.resolveSyncFailure': ['sync:write'],
  'Mutation.retrySyncFailure': ['sync:write'],
  'Mutation.retrySyncFailures': ['sync:write'],
  'Mutation.requestOdooPull': ['sync:write'],
  'Mutation.createWebhookConfig': ['webhooks:manage'],
  'Mutation.updateWebhookConfig': ['webhooks:manage'],
  'Mutation.deleteWebhookConfig': ['webhooks:manage'],
  'Mutation.rotateWebhookSecret': ['webhooks:manage'],
  'Mutation.redeliverWebhook': ['webhooks:manage'],
  'Mutation.recoverWebhookDeliveries': ['webhooks:manage'],
  'Mutation.sendTestWebhook': ['webhooks:manage'],
  'Mutation.registerUser': 'public',
  'Mutation.verifyEmail': 'public',
  'Mutation.login': 'public',
  // Minting is a power of its own: admin, or a token given tokens:create (never by a role).
  'Mutation.createApiToken': ['tokens:create'],
  'Mutation.setUserRoles': ['admin'],
  'Mutation.revokeApiToken': ['admin'],
  'Mutation.addAllowedDomain': ['admin'],
  'Mutation.removeAllowedDomain': ['admin'],
  'Mutation.createConsumer': ['admin'],
  'Mutation.updateConsumer': ['admin'],
  'Mutation.deleteConsumer': ['admin'],

  'Subscription.entityChanged': ['sync:read'],
  'Subscription.syncFailureChanged': ['sync:read'],
  // The same scope as syncStatus, whose pulls it streams.
  'Subscription.syncProgress': ['sync:read'],
};
