/**
 * What `npm run demo` prints to try the hub with: curl lines that work as
 * printed against this run (its URL, its token, products that exist and are in
 * stock), a graphql-ws subscription, and a look into the simulated Odoo.
 */
import type { OdooSimulator } from '../odoo-simulator/index.js';

/** A request the demo prints as a curl line; `body` is exactly what curl sends. */
export interface DemoRequest {
  title: string;
  url: string;
  /** Bearer token; none for the simulator's JSON-RPC (its credentials are in the body). */
  token: string | null;
  body: string;
}

export interface DemoExamples {
  products: DemoRequest;
  placeOrder: DemoRequest;
  orderInHub: DemoRequest;
  orderInOdoo: DemoRequest;
  /** A shell line that prints every change live (graphql-ws), run from the project folder. */
  subscribe: string;
}

/** The demo order's number: a fresh database each run, so the same one works every time. */
export const DEMO_ORDER = 'WEB-1001';

/** Quotes for a POSIX shell: the text between single quotes, each quote closed, escaped, reopened. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

export function curlLine(request: DemoRequest): string {
  const auth = request.token ? ` -H ${shellQuote(`authorization: Bearer ${request.token}`)}` : '';
  return `curl -s ${request.url} -H 'content-type: application/json'${auth} -d ${shellQuote(request.body)}`;
}

/** One GraphQL request as it goes over HTTP; white space squeezed so the curl line stays readable. */
function graphqlBody(query: string, variables?: Record<string, unknown>): string {
  return JSON.stringify({ query: query.replace(/\s+/g, ' ').trim(), ...(variables ? { variables } : {}) });
}

/** Products of the simulator with stock on hand and sold in the shop, for the order example. */
export function skusInStock(sim: OdooSimulator, count: number): string[] {
  const quants = sim.env.read('stock.quant', sim.env.search('stock.quant', [['quantity', '>', 5]]), ['product_id']);
  const ids = [...new Set(quants.map((q) => (q.product_id as [number, string])[0]))];
  const products = sim.env.read('product.product', ids, ['default_code', 'sale_ok', 'active']);
  return products
    .filter((p) => p.sale_ok && p.active && typeof p.default_code === 'string')
    .map((p) => p.default_code as string)
    .sort()
    .slice(0, count);
}

export function demoExamples(hubUrl: string, token: string, sim: OdooSimulator, skus: string[]): DemoExamples {
  const graphqlUrl = `${hubUrl}/graphql`;
  const products = graphqlBody(`{ products(first: 3) { totalCount nodes { externalId odooId
      currentData prices { pricelistExternalId minQuantity price currency } stock { supplierExternalId quantity } } } }`);
  const placeOrder = graphqlBody(
    `mutation Place($input: PlaceSaleOrderInput!) { placeSaleOrder(input: $input) {
      id externalId processingState odooId } }`,
    {
      input: {
        externalId: DEMO_ORDER,
        idempotencyKey: DEMO_ORDER,
        customer: {
          externalId: 'demo-customer-1',
          data: {
            name: 'Ada Lovelace',
            email: 'ada@example.com',
            street: 'Unter den Linden 1',
            zip: '10117',
            city: 'Berlin',
            country_code: 'DE',
          },
        },
        lines: skus.map((sku, i) => ({ productExternalId: sku, quantity: i + 1 })),
      },
    },
  );
  const orderInHub = graphqlBody(`{ saleOrder(externalId: "${DEMO_ORDER}") { processingState odooId
      odooStatus { state amountUntaxed amountTax amountTotal currency } } }`);
  // Odoo's external API as any client calls it (execute_kw over /jsonrpc), the simulator answering.
  const orderInOdoo = JSON.stringify({
    jsonrpc: '2.0',
    method: 'call',
    params: {
      service: 'object',
      method: 'execute_kw',
      args: [
        sim.db,
        sim.uid,
        sim.apiKey,
        'sale.order',
        'search_read',
        [[['client_order_ref', '=', DEMO_ORDER]]],
        { fields: ['name', 'state', 'partner_id', 'amount_total'] },
      ],
    },
  });
  const wsUrl = graphqlUrl.replace(/^http/, 'ws');
  // Double quotes inside, so the shell's single quotes around it need no escaping.
  const subscribe = `node --input-type=module -e ${shellQuote(
    `import { createClient } from "graphql-ws"; import WebSocket from "ws";` +
      ` createClient({ url: "${wsUrl}", webSocketImpl: WebSocket, connectionParams: { authorization: "Bearer ${token}" } })` +
      `.subscribe({ query: "subscription { entityChanged { entityType externalId changedFields changedAt } }" },` +
      ` { next: (m) => console.log(JSON.stringify(m.data)), error: (e) => console.error(e), complete: () => {} });`,
  )}`;
  return {
    products: { title: 'Products with their prices and stock', url: graphqlUrl, token, body: products },
    placeOrder: { title: `Place order ${DEMO_ORDER}`, url: graphqlUrl, token, body: placeOrder },
    orderInHub: { title: `Watch ${DEMO_ORDER} reach Odoo`, url: graphqlUrl, token, body: orderInHub },
    orderInOdoo: {
      title: `${DEMO_ORDER} in the simulated Odoo`,
      url: `${sim.url}/jsonrpc`,
      token: null,
      body: orderInOdoo,
    },
    subscribe,
  };
}
