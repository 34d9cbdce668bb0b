/**
 * What every fresh Odoo database holds (currencies, countries, units, the
 * company, OdooBot and the admin user, the product categories, the warehouse
 * locations), created in the order Odoo's module data creates them.
 */
import type { Vals } from '../orm/model-spec.js';
import type { SimEnv } from '../orm/sim-env.js';

/** Ids of the records every simulated database has. */
export interface BaseIds {
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

/** What a new Odoo database holds before anyone uses it. */
export function installBaseData(env: SimEnv, login: string): BaseIds {
  const create = (model: string, vals: Vals) => env.createRecords(model, [vals], {})[0];
  const eur = create('res.currency', { name: 'EUR', symbol: '€' });
  create('res.currency', { name: 'USD', symbol: '$' });
  const countries = new Map<string, number>();
  for (const [name, code, currency] of COUNTRIES) {
    countries.set(code, create('res.country', { name, code, currency_id: currency ?? false }));
  }
  for (const name of ['Units', 'Dozens', 'kg']) create('uom.uom', { name });
  const company = create('res.partner', {
    name: 'My Company',
    is_company: true,
    street: 'Rue de la Loi 16',
    zip: '1000',
    city: 'Brussels',
    country_id: countries.get('BE'),
    email: 'info@mycompany.example',
  });
  create('res.company', { name: 'My Company', partner_id: company, currency_id: eur });
  const botPartner = create('res.partner', { name: 'OdooBot', active: false, parent_id: company });
  const adminPartner = create('res.partner', {
    name: 'Administrator',
    parent_id: company,
    email: 'admin@mycompany.example',
  });
  create('res.users', { name: 'OdooBot', login: '__system__', partner_id: botPartner, active: false });
  create('res.users', { name: 'Administrator', login, partner_id: adminPartner });
  const categoryAll = create('product.category', { name: 'All' });
  const categorySaleable = create('product.category', { name: 'Saleable', parent_id: categoryAll });
  const physical = create('stock.location', { name: 'Physical Locations', usage: 'view' });
  const partners = create('stock.location', { name: 'Partners', usage: 'view' });
  const virtual = create('stock.location', { name: 'Virtual Locations', usage: 'view' });
  create('stock.location', { name: 'Vendors', usage: 'supplier', location_id: partners });
  const customers = create('stock.location', { name: 'Customers', usage: 'customer', location_id: partners });
  create('stock.location', { name: 'Inventory adjustment', usage: 'inventory', location_id: virtual });
  const warehouse = create('stock.location', { name: 'WH', usage: 'view', location_id: physical });
  const stock = create('stock.location', { name: 'Stock', usage: 'internal', location_id: warehouse });
  return { eur, countries, categoryAll, categorySaleable, stock, customers };
}
