import { inChunks, type Domain, type OdooClient, type RawRecord } from '../odoo-client.js';
import { many2oneId } from '../odoo-values.js';
import { skuOf } from './product.js';
import { ids, WITH_ARCHIVED } from './pull-source.js';
import { sortRules, type PricedProduct, type PricingCatalog, type PricingRule } from './pricelist-rules.js';

const RULE_MODEL = 'product.pricelist.item';

const RULE_FIELDS = [
  'pricelist_id',
  'applied_on',
  'categ_id',
  'product_tmpl_id',
  'product_id',
  'min_quantity',
  'date_start',
  'date_end',
  'compute_price',
  'fixed_price',
  'percent_price',
  'base',
  'base_pricelist_id',
  'price_discount',
  'price_round',
  'price_surcharge',
  'price_min_margin',
  'price_max_margin',
];

const PRODUCT_FIELDS = [
  'default_code',
  'product_tmpl_id',
  'categ_id',
  'lst_price',
  'standard_price',
  'currency_id',
  'cost_currency_id',
];

/** Products are read in pages of this many (a global rule names them all). */
const PRODUCT_PAGE = 2000;

/** Everything the hub prices a set of pricelists from, read from Odoo. */
export interface PricingInputs {
  /** The pricelists whose prices are computed: those asked for and those that price from them. */
  targets: number[];
  catalog: PricingCatalog;
  /** The products the targets' rules name. */
  products: PricedProduct[];
  /** Every rule read (targets' and the pricelists they price from), for the hub's rule table. */
  rules: PricingRule[];
  /** The pricelists read (a pricelist asked for that Odoo no longer has is absent). */
  pricelists: number[];
  currencyName: Map<number, string>;
  currencyRounding: Map<number, number>;
}

const num = (v: unknown) => (typeof v === 'number' ? v : 0);
const text = (v: unknown) => (typeof v === 'string' && v ? v : null);

function toRule(r: RawRecord): PricingRule {
  return {
    id: r.id,
    pricelistId: many2oneId(r.pricelist_id)!,
    appliedOn: String(r.applied_on),
    categId: many2oneId(r.categ_id),
    productTmplId: many2oneId(r.product_tmpl_id),
    productId: many2oneId(r.product_id),
    minQuantity: num(r.min_quantity),
    dateStart: text(r.date_start),
    dateEnd: text(r.date_end),
    computePrice: String(r.compute_price),
    fixedPrice: num(r.fixed_price),
    percentPrice: num(r.percent_price),
    base: text(r.base) ?? 'list_price',
    basePricelistId: many2oneId(r.base_pricelist_id),
    priceDiscount: num(r.price_discount),
    priceRound: num(r.price_round),
    priceSurcharge: num(r.price_surcharge),
    priceMinMargin: num(r.price_min_margin),
    priceMaxMargin: num(r.price_max_margin),
  };
}

/** The pricelists whose rules price from these (a formula on "Other Pricelist"), and theirs, these included. */
async function withDependents(odoo: OdooClient, pricelists: number[]): Promise<number[]> {
  const all = new Set(pricelists);
  let frontier = pricelists;
  while (frontier.length) {
    const rows = await odoo.searchReadIn(RULE_MODEL, 'base_pricelist_id', frontier, [['base', '=', 'pricelist']], {
      fields: ['pricelist_id'],
      context: WITH_ARCHIVED,
    });
    frontier = ids(rows.map((r) => r.pricelist_id)).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all];
}

/**
 * Every rule of these pricelists and of the pricelists they price from
 * (archived rules too, as Odoo reads them). In id order within each chunk of
 * pricelists: a pricelist's rules are all in one chunk, and are sorted per
 * pricelist (sortRules) anyway.
 */
async function rulesWithBases(odoo: OdooClient, pricelists: number[]): Promise<PricingRule[]> {
  const loaded = new Set<number>();
  const rules: PricingRule[] = [];
  let frontier = pricelists;
  while (frontier.length) {
    for (const id of frontier) loaded.add(id);
    const rows = await odoo.searchReadIn(RULE_MODEL, 'pricelist_id', frontier, [], {
      fields: RULE_FIELDS,
      order: 'id asc',
      context: WITH_ARCHIVED,
    });
    const read = rows.map(toRule);
    rules.push(...read);
    frontier = [
      ...new Set(
        read.filter((r) => r.base === 'pricelist' && r.basePricelistId !== null).map((r) => r.basePricelistId!),
      ),
    ].filter((id) => !loaded.has(id));
  }
  return rules;
}

/**
 * The domains that together select the products `rules` name: one empty
 * domain (every product) when a rule is global, else ORs of the rules'
 * categories (and their subcategories: `child_of`), templates and variants,
 * each naming at most `chunk` ids in all, so no domain grows with the
 * number of rules.
 */
function productScopes(rules: PricingRule[], chunk: number): Domain[] {
  if (rules.some((r) => r.categId === null && r.productTmplId === null && r.productId === null)) return [[]];
  const named = SCOPE_LEAVES.flatMap((leaf) =>
    [...new Set(rules.map(leaf.of).filter((id): id is number => id !== null))].map((id) => ({ leaf, id })),
  );
  return inChunks(named, chunk).map((part) => {
    const leaves = SCOPE_LEAVES.flatMap((leaf) => {
      const inPart = part.filter((n) => n.leaf === leaf).map((n) => n.id);
      return inPart.length ? [[leaf.field, leaf.operator, inPart]] : [];
    });
    return [...Array<string>(leaves.length - 1).fill('|'), ...leaves];
  });
}

/** What a rule names, as a domain leaf on product.product. */
const SCOPE_LEAVES: { field: string; operator: string; of: (rule: PricingRule) => number | null }[] = [
  { field: 'categ_id', operator: 'child_of', of: (r) => r.categId },
  { field: 'product_tmpl_id', operator: 'in', of: (r) => r.productTmplId },
  { field: 'id', operator: 'in', of: (r) => r.productId },
];

/**
 * The products a set of rules names, read with what pricing needs: every
 * product when one rule is global, else those of the rules' categories (and
 * their subcategories), templates and variants, a scope of at most
 * `readChunk` ids at a time (productScopes). Archived products too: the hub
 * keeps them, and Odoo prices them. In id order, each product once.
 */
async function namedProducts(odoo: OdooClient, rules: PricingRule[]): Promise<PricedProduct[]> {
  if (!rules.length) return [];
  const products = new Map<number, PricedProduct>();
  for (const scope of productScopes(rules, odoo.readChunk)) await readScope(odoo, scope, products);
  return [...products.values()].sort((a, b) => a.id - b.id);
}

/** The products of one scope, a page at a time by id, into `products` (a product another scope read is kept). */
async function readScope(odoo: OdooClient, scope: Domain, products: Map<number, PricedProduct>): Promise<void> {
  for (let after = 0; ;) {
    const page = await odoo.searchRead('product.product', [['id', '>', after], ...scope], {
      fields: PRODUCT_FIELDS,
      order: 'id asc',
      limit: PRODUCT_PAGE,
      context: WITH_ARCHIVED,
    });
    for (const p of page) {
      if (products.has(p.id)) continue;
      products.set(p.id, {
        id: p.id,
        sku: skuOf(p.default_code, p.id),
        templateId: many2oneId(p.product_tmpl_id),
        categId: many2oneId(p.categ_id),
        salesPrice: num(p.lst_price ?? p.list_price),
        cost: num(p.standard_price),
        currencyId: many2oneId(p.currency_id),
        costCurrencyId: many2oneId(p.cost_currency_id),
      });
    }
    if (page.length < PRODUCT_PAGE) break;
    after = page.at(-1)!.id;
  }
}

/**
 * Reads from Odoo what pricing `pricelists` takes: the pricelists that price
 * from them too (their prices move with them), every rule of those and of the
 * pricelists they price from, the pricelists' currencies with today's rates,
 * the category tree, and the products the rules name.
 */
export async function readPricingInputs(odoo: OdooClient, pricelists: number[]): Promise<PricingInputs> {
  const asked = await withDependents(odoo, pricelists);
  const rules = await rulesWithBases(odoo, asked);
  const loaded = [...new Set([...asked, ...rules.map((r) => r.pricelistId)])];
  const [pricelistRows, categories] = await Promise.all([
    odoo.read('product.pricelist', loaded, ['currency_id'], WITH_ARCHIVED),
    odoo.searchRead('product.category', [], { fields: ['parent_id', 'complete_name'] }),
  ]);
  const present = new Set(pricelistRows.map((p) => p.id));
  const targets = asked.filter((id) => present.has(id));
  const targetRules = rules.filter((r) => targets.includes(r.pricelistId));
  const products = await namedProducts(odoo, targetRules);
  const currencies = ids([
    ...pricelistRows.map((p) => p.currency_id),
    ...products.flatMap((p) => [p.currencyId, p.costCurrencyId].map((id) => (id === null ? null : [id]))),
  ]);
  const currencyRows = await odoo.read('res.currency', currencies, ['name', 'rounding', 'rate'], WITH_ARCHIVED);

  const parent = new Map(categories.map((c) => [c.id, many2oneId(c.parent_id)]));
  const categoryLine = new Map<number, number[]>();
  for (const c of categories) {
    const line: number[] = [];
    for (let id: number | null | undefined = c.id; id != null && !line.includes(id); id = parent.get(id)) line.push(id);
    categoryLine.set(c.id, line);
  }
  const categoryName = new Map(categories.map((c) => [c.id, String(c.complete_name ?? '')]));
  const byPricelist = new Map<number, PricingRule[]>(loaded.map((id) => [id, []]));
  for (const r of rules) byPricelist.get(r.pricelistId)?.push(r);
  const catalog: PricingCatalog = {
    rules: new Map([...byPricelist].map(([id, list]) => [id, sortRules(list, categoryName)])),
    pricelistCurrency: new Map(pricelistRows.map((p) => [p.id, many2oneId(p.currency_id)])),
    currencyRate: new Map(currencyRows.map((c) => [c.id, num(c.rate) || 1])),
    categoryLine,
  };
  return {
    targets,
    catalog,
    products,
    rules,
    pricelists: [...present],
    currencyName: new Map(currencyRows.map((c) => [c.id, String(c.name)])),
    currencyRounding: new Map(currencyRows.map((c) => [c.id, num(c.rounding) || 0.01])),
  };
}
