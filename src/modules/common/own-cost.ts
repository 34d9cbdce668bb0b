import { Extensions } from 'type-graphql';

/** The field extension that holds a field's own cost. */
export const OWN_COST = 'cost';

/**
 * The own cost of a `count(*)`. PostgreSQL keeps no row counts: a count visits
 * every matching row (or index entry), so it costs what its table's size says,
 * and the largest of the hub's tables is ApiLog (a row per request, kept 30 days:
 * millions). Measured here: a count over 2,000,000 ApiLog rows took as long as
 * loading two full pages of them (1,000 rows); over 100,000 products, as long as
 * loading 50 products. So a count costs 1,000: what it costs on the tables that
 * matter, and with the default budget (20,000) a request can ask for a page and a
 * dozen counts, not thousands.
 */
export const COUNT_COST = 1000;

/** Declares the own cost of a field whose resolver runs its own query (see the glossary in src/graphql/query-cost.ts). */
export const OwnCost = (cost: number) => Extensions({ [OWN_COST]: cost });
