import { graphql } from '../gql/index.js';
import { factories } from '../support/factories.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/**
 * `Product.localized` on a page of products: answered from the rows the list
 * read (their currentData), so a page costs the same statements whatever its
 * size, with or without it (see relations.test.ts for the relations' count).
 */
const ProductsLocalized = graphql(`
  query ProductsLocalized($first: Int!, $lang: String!) {
    products(first: $first) {
      nodes {
        externalId
        localized(lang: $lang) {
          name
          descriptionSale
        }
        prices {
          price
        }
        stock {
          quantity
        }
      }
    }
  }
`);
const ProductsLocalizedWithData = graphql(`
  query ProductsLocalizedWithData($lang: String!) {
    products(first: 2) {
      nodes {
        currentData
        localized(lang: $lang) {
          name
        }
      }
    }
  }
`);

describe('Product.localized in lists', () => {
  let hub: TestHub;
  let statements: string[] = [];
  beforeAll(async () => {
    hub = await startTestHub('localized', {
      env: { ODOO_LANGS: 'en_US,de_DE', MAX_NESTED_LIST: '10', AUTH_TOKEN_CACHE_SECONDS: '0' },
      ormOverrides: { debug: ['query'], colors: false, logger: (message: string) => statements.push(message) },
    });
    const em = hub.app.orm.em.fork();
    for (let i = 0; i < 100; i++) {
      const externalId = `L-${String(i).padStart(3, '0')}`;
      const translations = i % 2 ? { translations: { de_DE: { name: `Produkt ${i}` } } } : {};
      factories.product(em, { externalId, currentData: { name: `Product ${i}`, ...translations } });
      factories.stock(em, { productExternalId: externalId, quantity: i });
    }
    await em.flush();
  });
  afterAll(() => hub.close());

  async function countStatements(first: number): Promise<number> {
    statements = [];
    const res = await hub.request(ProductsLocalized, { first, lang: 'de_DE' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.products.nodes).toHaveLength(first);
    return statements.filter((s) => /\bselect\b/i.test(s)).length;
  }

  it('costs a constant number of SQL statements whatever the page size', async () => {
    const small = await countStatements(5);
    const large = await countStatements(100);
    // the token lookup, then products with their prices and stock in one statement, whatever the page size
    expect(small).toBe(2);
    expect(large).toBe(small);
  });

  it('answers each product in the language, with the source text where it has no translation', async () => {
    const res = await hub.request(ProductsLocalized, { first: 3, lang: 'de_DE' });
    expect(res.data!.products.nodes.map((n) => [n.externalId, n.localized.name])).toEqual([
      ['L-000', 'Product 0'],
      ['L-001', 'Produkt 1'],
      ['L-002', 'Product 2'],
    ]);
  });

  it('works beside currentData, which the list passes on as the column’s text', async () => {
    const res = await hub.request(ProductsLocalizedWithData, { lang: 'de_DE' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.products.nodes.map((n) => [n.currentData.name, n.localized.name])).toEqual([
      ['Product 0', 'Product 0'],
      ['Product 1', 'Produkt 1'],
    ]);
  });

  it('refuses a language outside ODOO_LANGS for the whole list, naming it', async () => {
    const res = await hub.request(ProductsLocalized, { first: 2, lang: 'fr_FR' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('fr_FR');
  });
});
