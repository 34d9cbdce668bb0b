/** Seed data of the base addon: customer companies with their addresses and contacts, and vendors. */
import type { BaseIds } from './install.js';
import { pad, type SeedRun } from './seed-run.js';

const COMPANY_WORDS = [
  'Acme',
  'Globex',
  'Initech',
  'Umbrella',
  'Hooli',
  'Vandelay',
  'Soylent',
  'Wonka',
  'Stark',
  'Tyrell',
  'Cyberdyne',
  'Gringotts',
];
const COMPANY_KINDS = [
  'Trading',
  'Supplies',
  'Retail',
  'Group',
  'Industries',
  'Logistics',
  'Foods',
  'Studio',
  'Interiors',
  'Office',
];
const FIRST_NAMES = [
  'Anna',
  'Bram',
  'Chloé',
  'Daan',
  'Emma',
  'Felix',
  'Greta',
  'Hugo',
  'Inès',
  'Jonas',
  'Lena',
  'Marco',
];
const LAST_NAMES = [
  'Peeters',
  'Müller',
  'Dubois',
  'de Vries',
  'Rossi',
  'García',
  'Janssens',
  'Schmidt',
  'Bernard',
  'Bakker',
];
const CITIES: Array<[string, string, string, string]> = [
  ['Brussels', '1000', 'BE', 'GmbH'],
  ['Antwerp', '2000', 'BE', 'NV'],
  ['Berlin', '10115', 'DE', 'GmbH'],
  ['Munich', '80331', 'DE', 'GmbH'],
  ['Paris', '75001', 'FR', 'SARL'],
  ['Lyon', '69001', 'FR', 'SAS'],
  ['Amsterdam', '1012', 'NL', 'BV'],
  ['Rotterdam', '3011', 'NL', 'BV'],
  ['Vienna', '1010', 'AT', 'GmbH'],
  ['Madrid', '28001', 'ES', 'SL'],
  ['Milan', '20121', 'IT', 'SRL'],
  ['London', 'EC1A', 'GB', 'Ltd'],
];
const STREETS = [
  'Market Street',
  'Station Road',
  'Church Lane',
  'Harbour Way',
  'Mill Road',
  'Park Avenue',
  'High Street',
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export function seedCustomers(run: SeedRun, base: BaseIds, count: number): number[] {
  const { random, pick, create } = run;
  const customers: number[] = [];
  for (let i = 1; i <= count; i++) {
    const [city, zip, country, legal] = CITIES[i % CITIES.length];
    const name = `${pick(COMPANY_WORDS)} ${pick(COMPANY_KINDS)} ${legal}`;
    const domain = `${slug(name)}-${i}.example`;
    const archived = i % 40 === 0;
    const street = `${pick(STREETS)} ${1 + Math.floor(random() * 180)}`;
    const company = create('res.partner', {
      name,
      ref: `CUST-${pad(i, 4)}`,
      is_company: true,
      customer_rank: 1,
      email: `orders@${domain}`,
      phone: `+${30 + (i % 20)} ${pad(Math.floor(random() * 1e8), 8)}`,
      street,
      zip,
      city,
      country_id: base.countries.get(country),
      vat: i % 3 === 0 ? `${country}${pad(Math.floor(random() * 1e9), 9)}` : false,
      lang: country === 'DE' || country === 'AT' ? 'de_DE' : country === 'FR' ? 'fr_FR' : 'en_US',
      active: !archived,
    });
    customers.push(company);
    create('res.partner', {
      parent_id: company,
      type: 'delivery',
      name: i % 2 ? false : `${name} Warehouse`,
      street: `${pick(STREETS)} ${1 + Math.floor(random() * 180)}`,
      zip,
      city,
      country_id: base.countries.get(country),
      active: !archived,
    });
    if (i % 2 === 0) {
      create('res.partner', {
        parent_id: company,
        type: 'invoice',
        name: 'Accounts Payable',
        email: `invoices@${domain}`,
        street,
        zip,
        city,
        active: !archived,
      });
    }
    if (i % 3 === 0) {
      const person = `${pick(FIRST_NAMES)} ${pick(LAST_NAMES)}`;
      create('res.partner', {
        parent_id: company,
        type: 'contact',
        name: person,
        email: `${slug(person)}@${domain}`,
        active: !archived,
      });
    }
  }
  return customers;
}

export function seedVendors(run: SeedRun, base: BaseIds, vendorCount: number): number[] {
  const { pick, create } = run;
  const vendors: number[] = [];
  for (let i = 1; i <= vendorCount; i++) {
    const [city, zip, country, legal] = CITIES[(i * 5) % CITIES.length];
    vendors.push(
      create('res.partner', {
        name: `${pick(COMPANY_WORDS)} ${pick(['Manufacturing', 'Wholesale', 'Components', 'Imports'])} ${legal}`,
        ref: `VEND-${pad(i, 4)}`,
        is_company: true,
        supplier_rank: 1,
        email: `sales@vendor-${i}.example`,
        city,
        zip,
        country_id: base.countries.get(country),
      }),
    );
  }
  return vendors;
}
