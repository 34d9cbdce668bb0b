/**
 * Fiscal positions (account.fiscal.position: addons/account/models/partner.py
 * in 16–17, account_fiscal_position.py in 18+): how a customer's taxes differ
 * from the company's. 16–18 map taxes with account.fiscal.position.tax rows
 * (tax_src_id → tax_dest_id, no destination: the tax is dropped); 19 keeps
 * the mapping on the replacing tax (`fiscal_position_ids`: where it applies,
 * `original_tax_ids`: the domestic taxes it replaces).
 */
import { col } from '../orm/compute-helpers.js';
import {
  active,
  always,
  boolean,
  char,
  integer,
  many2many,
  many2one,
  one2many,
  currentCompanyDefault,
} from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';
import type { ModelSpec, OdooVersion } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

export function fiscalPositionModels(version: OdooVersion): ModelSpec[] {
  const position: ModelSpec = {
    name: 'account.fiscal.position',
    description: 'Fiscal Position',
    order: 'sequence',
    fields: {
      name: char('Fiscal Position', { required: true }),
      sequence: integer('Sequence'),
      active: active(),
      company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
      auto_apply: boolean('Detect Automatically', { default: always(false) }),
      vat_required: boolean('VAT required', { default: always(false) }),
      country_id: many2one('res.country', 'Country'),
      tax_ids:
        version >= 19
          ? many2many('account.tax', 'Taxes', {
              compute: (env, row) =>
                [...env.rows('account.tax')]
                  .filter((tax) => (tax.fiscal_position_ids as number[] | null)?.includes(row.id))
                  .map((tax) => tax.id),
            })
          : one2many('account.fiscal.position.tax', 'position_id', 'Tax Mapping'),
    },
  };
  if (version >= 19) return [position];
  return [
    position,
    {
      name: 'account.fiscal.position.tax',
      description: 'Tax Mapping of Fiscal Position',
      order: 'id',
      displayName: (env, row) => env.displayName('account.fiscal.position', row.position_id as number),
      fields: {
        position_id: many2one('account.fiscal.position', 'Fiscal Position', { required: true, ondelete: 'cascade' }),
        tax_src_id: many2one('account.tax', 'Tax on Product', { required: true }),
        tax_dest_id: many2one('account.tax', 'Tax to Apply'),
        company_id: many2one('res.company', 'Company', {
          compute: (env, row) => col(env, 'account.fiscal.position', row.position_id, 'company_id'),
          store: true,
        }),
      },
    },
  ];
}

export function fiscalPositionExtensions(version: OdooVersion): ModelExtension[] {
  const extensions: ModelExtension[] = [
    {
      inherit: 'res.partner',
      fields: {
        // company_dependent in Odoo (one value per company); the simulator keeps one.
        property_account_position_id: many2one('account.fiscal.position', 'Fiscal Position'),
      },
    },
  ];
  if (version >= 19) {
    extensions.push({
      inherit: 'account.tax',
      fields: {
        fiscal_position_ids: many2many('account.fiscal.position', 'Fiscal Positions'),
        original_tax_ids: many2many('account.tax', 'Replaces'),
        replacing_tax_ids: many2many('account.tax', 'Replaced by', {
          compute: (env, row) =>
            [...env.rows('account.tax')]
              .filter((tax) => (tax.original_tax_ids as number[] | null)?.includes(row.id))
              .map((tax) => tax.id),
        }),
      },
    });
  }
  return extensions;
}

/** map_tax(): the taxes a fiscal position puts in place of `taxIds` (no position: unchanged). */
export function mapTaxes(env: SimEnv, positionId: number | null, taxIds: number[]): number[] {
  if (positionId === null || !env.row('account.fiscal.position', positionId)) return taxIds;
  const result: number[] = [];
  const add = (id: number) => {
    if (!result.includes(id)) result.push(id);
  };
  for (const tax of taxIds) {
    if (env.version >= 19) {
      const replacements = [...env.rows('account.tax')].filter(
        (t) =>
          (t.fiscal_position_ids as number[]).includes(positionId) && (t.original_tax_ids as number[]).includes(tax),
      );
      if (replacements.length) replacements.forEach((t) => add(t.id));
      else add(tax);
      continue;
    }
    const rows = env
      .o2mIds('account.fiscal.position.tax', 'position_id', positionId)
      .map((id) => env.row('account.fiscal.position.tax', id)!)
      .filter((r) => r.tax_src_id === tax);
    if (!rows.length) add(tax);
    for (const r of rows) if (typeof r.tax_dest_id === 'number') add(r.tax_dest_id);
  }
  return result;
}

const commercialPartner = (env: SimEnv, partnerId: number): number => {
  let id = partnerId;
  for (;;) {
    const row = env.row('res.partner', id);
    if (!row || row.is_company || typeof row.parent_id !== 'number') return id;
    id = row.parent_id;
  }
};

/**
 * _get_fiscal_position(partner, delivery): a position set by hand on the
 * delivery address or the customer wins (property_account_position_id is a
 * commercial field, so the company's counts for its contacts); else the
 * first auto-applied position of the company for the delivery country,
 * those requiring a VAT number first when the customer has one.
 */
export function fiscalPositionFor(
  env: SimEnv,
  partnerId: number,
  deliveryId: number,
  companyId: number,
): number | null {
  if (!env.row('res.partner', partnerId)) return null;
  const delivery = env.row('res.partner', deliveryId) ? deliveryId : partnerId;
  for (const id of [delivery, partnerId, commercialPartner(env, partnerId)]) {
    const manual = col(env, 'res.partner', id, 'property_account_position_id');
    if (typeof manual === 'number') return manual;
  }
  const country = col(env, 'res.partner', delivery, 'country_id');
  const hasVat = !!col(env, 'res.partner', commercialPartner(env, partnerId), 'vat');
  const candidates = env
    .searchIds('account.fiscal.position', [
      ['auto_apply', '=', true],
      ['company_id', '=', companyId],
    ])
    .map((id) => env.row('account.fiscal.position', id)!)
    .filter((fp) => (fp.country_id === null || fp.country_id === country) && (!fp.vat_required || hasVat));
  const rank = (fp: (typeof candidates)[number]) => (fp.vat_required ? 0 : 2) + (fp.country_id === null ? 1 : 0);
  candidates.sort((a, b) => rank(a) - rank(b));
  return candidates[0]?.id ?? null;
}
