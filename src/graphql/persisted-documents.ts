import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { PersistedQueryOptions } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { hasScope } from '../domain/scopes.js';
import { LruMap } from '../domain/lru-map.js';
import type { AuthState } from '../modules/api-token/authenticate.js';

/**
 * Glossary. A *persisted document* is a GraphQL document the storefront's build
 * registered in a *manifest* (PERSISTED_DOCUMENTS_FILE, GraphQL Code Generator's
 * persisted-documents.json: `{ "sha256:<hex>": "<document>" }`). A request names
 * it by its *id*: `documentId` (GraphQL over HTTP, Appendix A "Persisted
 * Documents") or `extensions.persistedQuery.sha256Hash` (Apollo's APQ shape). Its
 * *hash* is the hex sha256 of the document's text: what Apollo calls the
 * queryHash, so a registered document is recognised whether it came by id or as text.
 * The console's manifest (CONSOLE_DIR/persisted-documents.json) is registered as well.
 * *APQ registration* (hash and text sent together) is Apollo's automatic
 * persisted queries: a cache the clients fill, not a manifest.
 */

/** The hex sha256 of a document's text (UTF-8), as codegen and Apollo compute it. */
export function documentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** `sha256:<hex>` (codegen's default, GraphQL over HTTP) or the bare hex (APQ). */
const SHA256_ID = /^(?:sha256:)?([0-9a-f]{64})$/;

/** The hash an id names, or null for an id that is not a sha256 one. */
export function hashOfId(id: string): string | null {
  return SHA256_ID.exec(id)?.[1] ?? null;
}

/** Documents clients registered through APQ, kept in process (when PERSISTED_DOCUMENTS_ONLY is off). */
const APQ_CACHE_ENTRIES = 1000;

/** The manifest, read once at start, and the rule of PERSISTED_DOCUMENTS_ONLY. */
export class PersistedDocuments {
  private constructor(
    private readonly byHash: ReadonlyMap<string, string>,
    /** PERSISTED_DOCUMENTS_ONLY: documents outside the manifest run for admin tokens only. */
    readonly only: boolean,
  ) {}

  /**
   * Reads and checks the manifest, and the console's own (`consoleFile`: the one its
   * build writes beside it, docs/console.md): the console ships with the hub, so its
   * documents are always registered, in PERSISTED_DOCUMENTS_ONLY mode too, whatever
   * PERSISTED_DOCUMENTS_FILE holds. No file: an empty manifest; no console build: none of its.
   */
  static async load(settings: {
    file: string | undefined;
    only: boolean;
    consoleFile?: string;
  }): Promise<PersistedDocuments> {
    const byHash = new Map<string, string>();
    if (settings.file) await readManifest(settings.file, `PERSISTED_DOCUMENTS_FILE (${settings.file})`, byHash);
    if (settings.consoleFile && existsSync(settings.consoleFile)) {
      await readManifest(settings.consoleFile, `the console's manifest (${settings.consoleFile})`, byHash);
    }
    return new PersistedDocuments(byHash, settings.only);
  }

  get size(): number {
    return this.byHash.size;
  }

  /** The registered document of an id (either shape), or undefined. */
  documentOf(id: string): string | undefined {
    const hash = hashOfId(id);
    return hash ? this.byHash.get(hash) : undefined;
  }

  /** Whether a document with this hash is in the manifest. */
  isRegistered(hash: string): boolean {
    return this.byHash.has(hash);
  }

  /**
   * Whether PERSISTED_DOCUMENTS_ONLY refuses this document text, unless an admin
   * token sent it (see {@link mayRunAnyDocument}): true for a text outside the manifest.
   */
  refusesText(text: string): boolean {
    return this.only && !this.isRegistered(documentHash(text));
  }

  /**
   * The text a graphql-ws operation runs: the manifest's document when it sends
   * an empty `query` and an id (graphql-ws wants a string), else the text it sent;
   * or the error when the id is unknown or PERSISTED_DOCUMENTS_ONLY refuses the text.
   * (Over HTTP, Apollo's persisted queries do the lookup: see apqCache.)
   */
  sourceOf(payload: { query: string; extensions?: unknown }, auth: AuthState): string | GraphQLError {
    const id = payload.query === '' ? requestedId(payload) : undefined;
    if (id !== undefined) return this.documentOf(id) ?? notFoundError();
    if (this.refusesText(payload.query) && !mayRunAnyDocument(auth)) return notInListError();
    return payload.query;
  }

  /**
   * The cache behind Apollo's `persistedQueries`: the manifest first, then (unless
   * PERSISTED_DOCUMENTS_ONLY) what clients registered through APQ, bounded.
   * In ONLY mode nothing is registered: a registration is an arbitrary document.
   */
  apqCache(): NonNullable<PersistedQueryOptions['cache']> {
    const registered = this.only ? null : new LruMap<string, string>(APQ_CACHE_ENTRIES);
    // ApolloServer.js wraps this cache in a PrefixingKeyValueCache that puts `apq:` before each hash.
    const hashOf = (key: string) => key.replace(/^apq:/, '');
    return {
      get: async (key) => this.byHash.get(hashOf(key)) ?? registered?.get(hashOf(key)),
      set: async (key, value) => {
        registered?.set(hashOf(key), value);
      },
      delete: async (key) => registered?.delete(hashOf(key)) ?? false,
    };
  }
}

/**
 * Reads a manifest into `byHash`, checking that each id is the sha256 of its document's
 * text (a manifest made with another hashAlgorithm would never match a request, so it
 * is refused at start, naming the entry).
 */
async function readManifest(file: string, where: string, byHash: Map<string, string>): Promise<void> {
  let manifest: unknown;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8'));
  } catch (err) {
    throw new Error(`${where} could not be read as JSON: ${(err as Error).message}`, { cause: err });
  }
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) {
    throw new Error(`${where} must be a JSON object of id → document, as codegen's persisted-documents.json`);
  }
  for (const [id, document] of Object.entries(manifest)) {
    const hash = hashOfId(id);
    if (typeof document !== 'string' || !hash || documentHash(document) !== hash) {
      throw new Error(
        `${where}: entry "${id}" is not a document under the sha256 of its text ` +
          '(codegen: persistedDocuments.hashAlgorithm sha256, the default)',
      );
    }
    byHash.set(hash, document);
  }
}

/** Admin tokens run any document in PERSISTED_DOCUMENTS_ONLY mode too: operators and admin tools write their own. */
export function mayRunAnyDocument(auth: AuthState): boolean {
  return auth.kind === 'authenticated' && hasScope(auth.principal.scopes, 'admin');
}

/**
 * The id a request names its document by: `documentId` (GraphQL over HTTP) or
 * `extensions.persistedQuery.sha256Hash` (APQ); undefined when it names none.
 */
export function requestedId(request: { documentId?: unknown; extensions?: unknown }): string | undefined {
  if (typeof request.documentId === 'string') return request.documentId;
  const persisted = (request.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/** An id the manifest (over graphql-ws) or the manifest and the APQ cache (over HTTP) do not hold. */
export function notFoundError(): GraphQLError {
  // Apollo's own words and code for the same miss over HTTP, which APQ clients react to.
  return new GraphQLError('PersistedQueryNotFound', { extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' } });
}

/** PERSISTED_DOCUMENTS_ONLY's refusal, under the code Apollo Router gives the same refusal (safelisting). */
export function notInListError(): GraphQLError {
  return new GraphQLError(
    'This hub runs registered documents only (PERSISTED_DOCUMENTS_ONLY): send the id of a document ' +
      'of the manifest (documentId, or extensions.persistedQuery.sha256Hash) instead of its text.',
    { extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST', http: { status: 400 } } },
  );
}
