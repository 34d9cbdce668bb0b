import type { ComponentType } from 'preact';
import { ApiLogPage } from './api-log.page';
import { FailuresPage } from './failures.page';
import { LivePage } from './live.page';
import { OutboundPage } from './outbound.page';
import { OverviewPage } from './overview.page';
import { RecordsPage } from './records.page';
import { TokensPage } from './tokens.page';
import { WebhooksPage } from './webhooks.page';

/**
 * Every page of the console, in the order of the navigation. `path` is under /admin
 * (a page may own deeper paths: /failures/123 goes to the page of /failures). A page
 * is listed, and reachable, only when the token holds one of `scopes` (src/domain/access-rules.ts
 * says which scope each query needs; the hub refuses the rest anyway).
 */
export interface PageDefinition {
  path: string;
  title: string;
  scopes: readonly string[];
  component: ComponentType;
}

export const PAGES: readonly PageDefinition[] = [
  { path: '/', title: 'Overview', scopes: ['sync:read'], component: OverviewPage },
  { path: '/failures', title: 'Failures', scopes: ['sync:read'], component: FailuresPage },
  { path: '/outbound', title: 'Outbound queue', scopes: ['sync:read'], component: OutboundPage },
  { path: '/webhooks', title: 'Webhooks', scopes: ['webhooks:manage'], component: WebhooksPage },
  { path: '/live', title: 'Live', scopes: ['sync:read'], component: LivePage },
  {
    path: '/records',
    title: 'Records',
    scopes: ['catalog:read', 'partners:read', 'orders:read'],
    component: RecordsPage,
  },
  { path: '/api-log', title: 'API log', scopes: ['sync:read'], component: ApiLogPage },
  { path: '/tokens', title: 'Tokens & users', scopes: ['admin'], component: TokensPage },
];

/** The page that owns `path`: the longest registered prefix. */
export function pageFor(path: string): PageDefinition | undefined {
  return [...PAGES]
    .sort((a, b) => b.path.length - a.path.length)
    .find((page) => path === page.path || (page.path !== '/' && path.startsWith(`${page.path}/`)));
}
