/**
 * What every fresh Odoo database holds (languages, currencies, countries and
 * their states, units, the company, OdooBot and the admin user, the product
 * categories, the warehouse locations), created in the order Odoo's module
 * data creates them.
 */
import type { Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

/** Ids of the records every simulated database has. */
export interface BaseIds {
  /** The company every database starts with (res.company 1). */
  company: number;
  eur: number;
  countries: Map<string, number>;
  categoryAll: number;
  categorySaleable: number;
  stock: number;
  customers: number;
}

const COUNTRIES: Array<[string, string, number | null]> = [
  ['Belgium', 'BE', 1],
  ['Germany', 'DE', 1],
  ['France', 'FR', 1],
  ['Netherlands', 'NL', 1],
  ['Austria', 'AT', 1],
  ['Spain', 'ES', 1],
  ['Italy', 'IT', 1],
  ['Switzerland', 'CH', null],
  ['United Kingdom', 'GB', null],
  ['United States', 'US', 2],
];

/**
 * Languages: en_US, and the two the seeded customers speak (a partner's `lang`
 * is one of the installed languages in Odoo); others exist, inactive, as
 * res.lang's data file ships them.
 */
const LANGUAGES: Array<[string, string, boolean]> = [
  ['English (US)', 'en_US', true],
  ['German / Deutsch', 'de_DE', true],
  ['French / Français', 'fr_FR', true],
  ['Dutch / Nederlands', 'nl_NL', false],
  ['Spanish / Español', 'es_ES', false],
];

/**
 * States of the seeded countries, a subset of base/data/res.country.state.csv
 * (which has states for US, DE — codes like "DE-BW" —, NL, IT, ES, CH and GB,
 * none for BE or FR).
 */
const STATES: Record<string, Array<[string, string]>> = {
  US: [
    ['California', 'CA'],
    ['New York', 'NY'],
    ['Texas', 'TX'],
    ['Washington', 'WA'],
  ],
  DE: [
    ['Baden-Württemberg', 'DE-BW'],
    ['Bayern', 'DE-BY'],
    ['Berlin', 'DE-BE'],
    ['Hamburg', 'DE-HH'],
    ['Nordrhein-Westfalen', 'DE-NW'],
  ],
  NL: [
    ['Noord-Holland', 'NH'],
    ['Zuid-Holland', 'ZH'],
    ['Utrecht', 'UT'],
  ],
  IT: [
    ['Milano', 'MI'],
    ['Roma', 'RM'],
    ['Torino', 'TO'],
  ],
  ES: [
    ['Madrid', 'M'],
    ['Barcelona', 'B'],
    ['València (Valencia)', 'V'],
  ],
  CH: [
    ['Zürich', 'ZH'],
    ['Bern', 'BE'],
    ['Genf', 'GE'],
  ],
  GB: [
    ['London', 'Q1'],
    ['Kent', 'O5'],
  ],
};

/** What a new Odoo database holds before anyone uses it. */
export function installBaseData(env: SimEnv, login: string): BaseIds {
  const create = (model: string, vals: Vals) => env.createRecords(model, [vals], {})[0];
  for (const [name, code, active] of LANGUAGES) create('res.lang', { name, code, active });
  const eur = create('res.currency', { name: 'EUR', symbol: '€' });
  create('res.currency', { name: 'USD', symbol: '$' });
  const countries = new Map<string, number>();
  for (const [name, code, currency] of COUNTRIES) {
    const country = create('res.country', { name, code, currency_id: currency ?? false });
    countries.set(code, country);
    for (const [state, stateCode] of STATES[code] ?? []) {
      create('res.country.state', { name: state, code: stateCode, country_id: country });
    }
  }
  for (const [name, factor] of [
    ['Units', 1],
    ['Dozens', 1 / 12],
    ['kg', 1],
  ] as const)
    create('uom.uom', { name, factor });
  const company = create('res.partner', {
    name: 'My Company',
    is_company: true,
    street: 'Rue de la Loi 16',
    zip: '1000',
    city: 'Brussels',
    country_id: countries.get('BE'),
    email: 'info@mycompany.example',
  });
  const companyId = create('res.company', { name: 'My Company', partner_id: company, currency_id: eur });
  // Users are made before anyone is logged in: their company is given, not env.company.
  const companies = { company_id: companyId, company_ids: [[6, 0, [companyId]]] };
  const botPartner = create('res.partner', { name: 'OdooBot', active: false, parent_id: company });
  const adminPartner = create('res.partner', {
    name: 'Administrator',
    parent_id: company,
    email: 'admin@mycompany.example',
  });
  create('res.users', { name: 'OdooBot', login: '__system__', partner_id: botPartner, active: false, ...companies });
  create('res.users', { name: 'Administrator', login, partner_id: adminPartner, ...companies });
  const categoryAll = create('product.category', { name: 'All' });
  const categorySaleable = create('product.category', { name: 'Saleable', parent_id: categoryAll });
  create('stock.location', { name: 'Physical Locations', usage: 'view' });
  const partners = create('stock.location', { name: 'Partners', usage: 'view' });
  const virtual = create('stock.location', { name: 'Virtual Locations', usage: 'view' });
  create('stock.location', { name: 'Vendors', usage: 'supplier', location_id: partners });
  const customers = create('stock.location', { name: 'Customers', usage: 'customer', location_id: partners });
  create('stock.location', { name: 'Inventory adjustment', usage: 'inventory', location_id: virtual });
  // stock/data/stock_data.xml warehouse0: the company's warehouse, short name WH; its
  // create makes the WH view location under Physical Locations, WH/Stock and the
  // receipt and delivery operation types (addons/stock-warehouse.ts).
  const warehouse = create('stock.warehouse', {
    name: 'My Company',
    code: 'WH',
    company_id: companyId,
    partner_id: company,
  });
  const stock = env.row('stock.warehouse', warehouse)!.lot_stock_id as number;
  return { company: companyId, eur, countries, categoryAll, categorySaleable, stock, customers };
}
