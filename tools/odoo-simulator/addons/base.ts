/**
 * The base addon: languages, currencies, countries and their states, partners
 * (contacts, companies and their addresses), companies and users. Odoo 16
 * still has the 'private' address type; `res.partner.mobile` exists until 18
 * (saas-18.2 removed it: 19.0's odoo/addons/base/models/res_partner.py has
 * `phone` only). Users belong to companies (`company_ids`, the current one
 * `company_id`): see orm/companies.ts for what that changes.
 */
import { validationError } from '../odoo-exception.js';
import { col, recomputed } from '../orm/compute-helpers.js';
import {
  active,
  always,
  boolean,
  char,
  currentCompanyDefault,
  float,
  html,
  integer,
  many2many,
  many2one,
  one2many,
  selection,
} from '../orm/fields.js';
import type { ModelSpec, OdooVersion, Row } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

function partnerModel(version: OdooVersion): ModelSpec {
  const types: Array<[string, string]> = [
    ['contact', 'Contact'],
    ['invoice', 'Invoice Address'],
    ['delivery', 'Delivery Address'],
    ['other', 'Other Address'],
  ];
  if (version === 16) types.push(['private', 'Private Address']);
  const typeLabel = new Map(types);
  const commercial = (env: SimEnv, row: Row): Row => {
    let current = row;
    for (let depth = 0; depth < 50 && !current.is_company && current.parent_id !== null; depth++) {
      const parent = env.row('res.partner', current.parent_id as number);
      if (!parent) break;
      current = parent;
    }
    return current;
  };
  // res.partner._get_complete_name: "Company, Contact"; an unnamed address is named after its type.
  const completeName = (env: SimEnv, row: Row): string => {
    let name = (row.name as string | null) ?? '';
    if (row.parent_id !== null) {
      if (!name && row.type !== 'contact') name = typeLabel.get(row.type as string) ?? '';
      if (!row.is_company) {
        const top = commercial(env, row);
        const company = top.is_company ? (top.name as string) : (col(env, 'res.partner', row.parent_id, 'name') ?? '');
        name = `${company}, ${name}`;
      }
    }
    return name.trim();
  };
  return {
    name: 'res.partner',
    description: 'Contact',
    order: 'complete_name asc, id desc',
    parentName: 'parent_id',
    displayName: completeName,
    fields: {
      name: char('Name'),
      complete_name: char('Complete Name', { compute: completeName, store: true }),
      type: selection(types, 'Address Type', { default: always('contact') }),
      parent_id: many2one('res.partner', 'Related Company'),
      child_ids: one2many('res.partner', 'parent_id', 'Contact', { activeOnly: true }),
      commercial_partner_id: many2one('res.partner', 'Commercial Entity', {
        compute: (env, row) => commercial(env, row).id,
        store: true,
      }),
      ref: char('Reference'),
      is_company: boolean('Is a Company', { default: always(false) }),
      company_type: selection(
        [
          ['person', 'Individual'],
          ['company', 'Company'],
        ],
        'Company Type',
        {
          compute: (_env, row) => (row.is_company ? 'company' : 'person'),
          inverse: (env, ids, value) => env.writeRecords('res.partner', ids, { is_company: value === 'company' }, {}),
        },
      ),
      email: char('Email'),
      phone: char('Phone'),
      ...(version <= 18 ? { mobile: char('Mobile') } : {}),
      street: char('Street'),
      street2: char('Street2'),
      zip: char('Zip'),
      city: char('City'),
      // No constraint ties the state to the country in base/models/res_partner.py (16–19):
      // only the form's onchange (_onchange_state) does, which RPC calls never run.
      state_id: many2one('res.country.state', 'State', { ondelete: 'restrict' }),
      country_id: many2one('res.country', 'Country', { ondelete: 'restrict' }),
      vat: char('Tax ID'),
      lang: selection(
        [
          ['en_US', 'English (US)'],
          ['de_DE', 'German / Deutsch'],
          ['fr_FR', 'French / Français'],
          ['nl_NL', 'Dutch / Nederlands'],
          ['es_ES', 'Spanish / Español'],
        ],
        'Language',
        { default: always('en_US') },
      ),
      category_id: many2many('res.partner.category', 'Tags'),
      customer_rank: integer('Customer Rank'),
      supplier_rank: integer('Supplier Rank'),
      comment: html('Notes'),
      company_id: many2one('res.company', 'Company'),
      active: active(),
    },
    hooks: {
      afterWrite(env, ids, vals) {
        // complete_name is stored: renaming a company recomputes (and so re-dates) its contacts.
        if ('name' in vals || 'parent_id' in vals || 'is_company' in vals) {
          recomputed(
            env,
            'res.partner',
            ids.flatMap((id) => env.o2mIds('res.partner', 'parent_id', id)),
          );
        }
      },
      constrain(env, ids) {
        for (const id of ids) {
          const row = env.row('res.partner', id)!;
          // The check_name SQL constraint.
          if (row.type === 'contact' && row.name === null) {
            throw validationError('The operation cannot be completed: Contacts require a name');
          }
          const seen = new Set([id]);
          for (let p = row.parent_id; p !== null; p = col(env, 'res.partner', p, 'parent_id')) {
            if (seen.has(p as number)) throw validationError('You cannot create recursive Partner hierarchies.');
            seen.add(p as number);
          }
        }
      },
    },
  };
}

export const baseModels = (version: OdooVersion): ModelSpec[] => [
  {
    // base/models/res_lang.py: a language is installed when its record is active.
    name: 'res.lang',
    description: 'Languages',
    order: 'active desc, name',
    fields: {
      name: char('Name', { required: true }),
      code: char('Locale Code', { required: true }),
      active: boolean('Active', { default: always(false) }),
    },
  },
  {
    name: 'res.currency',
    description: 'Currency',
    order: 'active desc, name',
    fields: {
      name: char('Currency', { required: true }),
      symbol: char('Symbol', { required: true }),
      rounding: float('Rounding Factor', { default: always(0.01) }),
      // Odoo computes `rate` from res.currency.rate for the company and date in context
      // (base/models/res_currency.py `_compute_current_rate`); the simulator keeps today's
      // rate on the currency itself. Conversions divide by the source's rate (`_get_conversion_rate`).
      rate: float('Current Rate', { default: always(1) }),
      active: active(),
    },
  },
  {
    name: 'res.country',
    description: 'Country',
    order: 'name',
    fields: {
      name: char('Country Name', { required: true, translate: true }),
      code: char('Country Code'),
      currency_id: many2one('res.currency', 'Currency'),
      state_ids: one2many('res.country.state', 'country_id', 'States'),
    },
  },
  {
    // base/models/res_country.py (CountryState); seeded from base/data/res.country.state.csv.
    name: 'res.country.state',
    description: 'Country state',
    order: 'code',
    fields: {
      country_id: many2one('res.country', 'Country', { required: true }),
      name: char('State Name', { required: true }),
      code: char('State Code', { required: true }),
    },
  },
  {
    name: 'res.partner.category',
    description: 'Partner Tags',
    order: 'name',
    fields: { name: char('Name', { required: true, translate: true }), active: active() },
  },
  partnerModel(version),
  {
    name: 'res.company',
    description: 'Companies',
    order: 'sequence, name',
    fields: {
      name: char('Company Name', { required: true }),
      sequence: integer('Sequence', { default: always(10) }),
      partner_id: many2one('res.partner', 'Partner', { required: true, ondelete: 'restrict' }),
      currency_id: many2one('res.currency', 'Currency', { required: true, default: always(1) }),
      active: active(),
    },
  },
  {
    name: 'res.users',
    description: 'User',
    order: 'name, login',
    fields: {
      name: char('Name', { required: true }),
      login: char('Login', { required: true }),
      partner_id: many2one('res.partner', 'Related Partner', { required: true, ondelete: 'restrict' }),
      company_id: many2one('res.company', 'Company', { required: true, default: currentCompanyDefault }),
      // base/models/res_users.py: `default=lambda self: self.env.company.ids`.
      company_ids: many2many('res.company', 'Companies', {
        default: (env, vals, ctx) => [[6, 0, [vals.company_id ?? currentCompanyDefault(env, vals, ctx)]]],
      }),
      active: active(),
    },
    hooks: {
      constrain(env, ids) {
        // res.users._check_company: the current company is one of the user's companies.
        for (const id of ids) {
          const row = env.row('res.users', id)!;
          if (row.active === false) continue;
          const companies = row.company_ids as number[];
          if (!companies.includes(row.company_id as number)) {
            const names = (ids: number[]) => ids.map((c) => env.displayName('res.company', c)).join(', ');
            throw validationError(
              `Company ${names([row.company_id as number])} is not in the allowed companies for user ${String(row.name)} (${names(companies)}).`,
            );
          }
        }
      },
    },
  },
];

/** res.partner.address_get(): the first non-company contact of that type under the partner, else the partner. */
export function addressOf(env: SimEnv, partnerId: number, type: string): number {
  const queue = [partnerId];
  const seen = new Set<number>();
  while (queue.length) {
    const id = queue.shift()!;
    if (seen.has(id)) continue;
    seen.add(id);
    const row = env.row('res.partner', id);
    if (!row) continue;
    if (row.type === type) return id;
    const children = env
      .o2mIds('res.partner', 'parent_id', id)
      .filter((c) => env.row('res.partner', c)!.active && !env.row('res.partner', c)!.is_company);
    queue.unshift(...children);
  }
  return partnerId;
}
