import { EntityType, PartnerType } from '../../domain/enums.js';
import { SYNCABLE_TYPES } from '../../domain/syncable-types.js';
import { ingestPartners } from '../../ingest/ingest.service.js';
import { many2oneId, normalizeRecord } from '../odoo-values.js';
import { byExternalId, ids, inBatches, keyOf, WITH_ARCHIVED, type PulledModel } from './pull-source.js';

const { model } = SYNCABLE_TYPES[EntityType.PARTNER].pull;

export const PARTNERS: PulledModel = {
  entityType: EntityType.PARTNER,
  model,
  fields: [
    'name',
    'type',
    'parent_id',
    'ref',
    'is_company',
    'email',
    'phone',
    'street',
    'street2',
    'zip',
    'city',
    'country_id',
    'vat',
    'active',
  ],
  domain: [],
  async load(odoo, page) {
    const inPage = new Map(page.map((r) => [r.id, r]));
    const missing = ids(page.map((r) => r.parent_id)).filter((id) => !inPage.has(id));
    const parents = new Map((await odoo.read(model, missing, ['ref'], WITH_ARCHIVED)).map((r) => [r.id, r]));
    const partnerKey = (id: number) => keyOf((inPage.get(id) ?? parents.get(id))?.ref, model, id);
    const partners = page.map((r) => {
      const parentId = many2oneId(r.parent_id);
      const type = String(r.type || 'contact');
      return {
        externalId: partnerKey(r.id),
        odooId: r.id,
        // Odoo 16's `private` addresses have no counterpart in the hub: OTHER.
        type: (Object.values(PartnerType) as string[]).includes(type) ? (type as PartnerType) : PartnerType.OTHER,
        // A parent sharing the child's `ref` would make the partner its own parent: left unlinked.
        externalParentId: parentId === null || partnerKey(parentId) === partnerKey(r.id) ? null : partnerKey(parentId),
        data: normalizeRecord(r, { booleans: ['active', 'is_company'], omit: ['id'] }),
      };
    });
    return async (tx) => [await inBatches(partners, byExternalId, (b) => ingestPartners(tx, b))];
  },
};
