/**
 * POST /json/2/<model>/<method>, Odoo 19's external API (addons/rpc,
 * controllers/json2.py): bearer API key, named arguments in a JSON object,
 * the raw result as the body, errors as HTTP statuses with a serialized
 * exception (documented in developer/reference/external_api.rst).
 */
import {
  callTime,
  jsonAnswer,
  mimetype,
  werkzeugPage,
  wrongContentType,
  type CallRecord,
  type HttpAnswer,
  type HttpRequest,
  type SimulatorState,
} from './http-answers.js';
import { callJson2 } from './method-call.js';
import { OdooException, httpException, json2Status, serializeException } from './odoo-exception.js';

const RPC_PATH = /^\/json\/2\/([^/]+)\/([^/]+)$/;

function errorAnswer(exc: OdooException): HttpAnswer {
  // A 401 keeps werkzeug's WWW-Authenticate header (the dispatcher strips only the content type).
  const headers: Record<string, string> = exc.httpCode === 401 ? { 'www-authenticate': 'Bearer' } : {};
  return jsonAnswer(serializeException(exc, 'json2'), json2Status(exc), headers);
}

/** Python's json.loads complaint for the usual malformed bodies. */
function jsonComplaint(text: string): string {
  return text.trim() === '' || !/^\s*[[{"\-\d tfn]/.test(text)
    ? 'Expecting value: line 1 column 1 (char 0)'
    : 'Expecting property name enclosed in double quotes: line 1 column 2 (char 1)';
}

export function handleJson2(state: SimulatorState, request: HttpRequest): HttpAnswer {
  // Before 19 there is no such route: the plain 404 page.
  if (state.version < 19) return werkzeugPage(404);
  const dbHeader = request.headers['x-odoo-database'];
  // An unknown database: no registry, so only the database-less routes remain, and none matches.
  if (typeof dbHeader === 'string' && dbHeader !== state.db) return werkzeugPage(404);
  if (mimetype(request.headers) !== 'application/json') return wrongContentType('/json/2/rpc');

  const match = RPC_PATH.exec(request.path);
  if (!match || request.method !== 'POST') {
    return errorAnswer(httpException(404, 'Did you mean POST /json/2/<model>/<method>?'));
  }
  const [model, method] = [decodeURIComponent(match[1]), decodeURIComponent(match[2])];

  // ir.http._auth_method_bearer
  const authorization = request.headers.authorization ?? '';
  const token = /^bearer\s+(.+)$/i.exec(authorization)?.[1];
  if (!token) {
    return errorAnswer(
      httpException(401, 'User not authenticated, use an API Key with a Bearer Authorization header.'),
    );
  }
  if (token !== state.apiKey) return errorAnswer(httpException(401, 'Invalid apikey'));

  let body: Record<string, unknown> = {};
  if (request.body.length) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(request.body);
    } catch {
      return errorAnswer(httpException(400, `could not parse the body as json: ${jsonComplaint(request.body)}`));
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return errorAnswer(httpException(400, 'could not parse the body, expecting a json object'));
    }
    body = parsed as Record<string, unknown>;
  }

  const { ids, ...kwargs } = body;
  const record: CallRecord = {
    protocol: 'json2',
    service: 'object',
    model,
    method,
    args: ids === undefined ? [] : [ids],
    kwargs,
    ...callTime(),
    uid: state.uid,
  };
  state.calls.push(record);
  try {
    const failure = state.faults.takeFailure(record);
    if (failure) throw new OdooException(failure.name, [failure.message]);
    return jsonAnswer(callJson2(state.env, model, method, body));
  } catch (err) {
    if (err instanceof OdooException) return errorAnswer(err);
    throw err;
  }
}
