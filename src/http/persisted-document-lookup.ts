import type { NextFunction, Request, Response } from 'express';
import type { AuthState } from '../modules/api-token/authenticate.js';
import {
  hashOfId,
  mayRunAnyDocument,
  notInListError,
  type PersistedDocuments,
} from '../graphql/persisted-documents.js';

/** The parts of a GraphQL request (a POST body, or a GET's parameters) this step reads and rewrites. */
interface RequestFields {
  query?: unknown;
  documentId?: unknown;
  extensions?: unknown;
}

/**
 * Before Apollo, on /graphql: a `documentId` (GraphQL over HTTP's persisted
 * documents) becomes Apollo's APQ shape, `extensions.persistedQuery`, which Apollo
 * looks up in the manifest-backed cache (PersistedDocuments.apqCache) and answers
 * PERSISTED_QUERY_NOT_FOUND when it is not there. With PERSISTED_DOCUMENTS_ONLY,
 * a document sent as text that is not in the manifest is refused here, before
 * anything parses it, unless an admin token sent it (the only case that looks the
 * token up twice; the context does it again).
 */
export function persistedDocumentLookup(
  documents: PersistedDocuments,
  authenticate: (authorization: string | undefined) => Promise<AuthState>,
) {
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const get = req.method === 'GET';
    const params = get ? new URL(req.url, 'http://hub').searchParams : null;
    const fields: RequestFields | undefined = params
      ? { query: params.get('query') ?? undefined, documentId: params.get('documentId') ?? undefined }
      : isObject(req.body)
        ? (req.body as RequestFields)
        : undefined;
    if (!fields) return next();
    if (typeof fields.documentId === 'string') {
      const persistedQuery = { version: 1, sha256Hash: hashOfId(fields.documentId) ?? fields.documentId };
      if (params) {
        params.delete('documentId');
        const extensions = parseJsonObject(params.get('extensions'));
        if (!extensions?.persistedQuery) params.set('extensions', JSON.stringify({ ...extensions, persistedQuery }));
        req.url = `${req.path}?${params.toString()}`;
      } else {
        const extensions = isObject(fields.extensions) ? fields.extensions : {};
        if (!extensions.persistedQuery) fields.extensions = { ...extensions, persistedQuery };
        delete fields.documentId;
      }
    }
    if (
      typeof fields.query === 'string' &&
      documents.refusesText(fields.query) &&
      !mayRunAnyDocument(await authenticate(req.headers.authorization))
    ) {
      const error = notInListError();
      res.status(400).json({ errors: [{ message: error.message, extensions: { code: error.extensions.code } }] });
      return;
    }
    next();
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A GET's `extensions` parameter; Apollo refuses one that is not a JSON object, so a bad one is left to it. */
function parseJsonObject(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : null;
  } catch {
    return null;
  }
}
