import type { Partner } from '../partner/partner.entity.js';

/**
 * What an order's OutboundQueue row carries besides its reference and
 * fingerprint: the partners its push will search for in Odoo (`partners`), so
 * those searches start as soon as the push holds their locks rather than after
 * it has read the order (partnersByPayload, src/odoo/push/partner.ts). Only
 * for a customer Odoo does not know yet: the customer, with the e-mail it may
 * be linked by, and the addresses placed with it. A hint, never the truth: the
 * push uses a search only where the partner it reads under its lock has that
 * reference (and e-mail), and searches anew otherwise.
 */
export type OrderPushPayload = {
  externalId: string;
  fingerprint: string;
  partners?: { ref: string; email?: string }[];
};

export function orderPushPayload(
  externalId: string,
  fingerprint: string,
  customer: Partner,
  addressExternalIds: readonly string[],
): OrderPushPayload {
  if (customer.odooId) return { externalId, fingerprint };
  const email = customer.currentData.email;
  return {
    externalId,
    fingerprint,
    partners: [
      { ref: customer.externalId, ...(typeof email === 'string' ? { email } : {}) },
      ...[...new Set(addressExternalIds)].filter((ref) => ref !== customer.externalId).map((ref) => ({ ref })),
    ],
  };
}
