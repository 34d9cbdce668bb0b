/** Raw HTTP to the simulator, as an Odoo client sends it, so tests see exactly what goes over the wire. */
import type { OdooSimulator } from '../../tools/odoo-simulator/index.js';

export interface Wire {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body, when it is JSON. */
  json: unknown;
  headers: Headers;
}

async function send(url: string, init: RequestInit): Promise<Wire> {
  const response = await fetch(url, init);
  const text = await response.text();
  const contentType = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    contentType,
    text,
    json: contentType.includes('json') ? JSON.parse(text) : undefined,
    headers: response.headers,
  };
}

/** POST /jsonrpc with a JSON-RPC 2.0 envelope. */
export function jsonRpc(
  sim: OdooSimulator,
  service: string,
  method: string,
  args: unknown[],
  id: unknown = 1,
): Promise<Wire> {
  return send(`${sim.url}/jsonrpc`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ jsonrpc: '2.0', method: 'call', params: { service, method, args }, id }),
  });
}

interface RpcEnvelope {
  jsonrpc: string;
  id: unknown;
  result?: unknown;
  error?: {
    code: number;
    message: string;
    data: { name: string; message: string; arguments: unknown[]; debug: string };
  };
}

/** object.execute_kw with the simulator's credentials; the parsed envelope. */
export async function executeKw(
  sim: OdooSimulator,
  model: string,
  method: string,
  args: unknown[],
  kwargs?: Record<string, unknown>,
): Promise<RpcEnvelope> {
  const params = [sim.db, sim.uid, sim.apiKey, model, method, args, ...(kwargs ? [kwargs] : [])];
  return (await jsonRpc(sim, 'object', 'execute_kw', params)).json as RpcEnvelope;
}

/** execute_kw's result, failing the test with Odoo's error when there is one. */
export async function call<T = unknown>(
  sim: OdooSimulator,
  model: string,
  method: string,
  args: unknown[],
  kwargs?: Record<string, unknown>,
): Promise<T> {
  const envelope = await executeKw(sim, model, method, args, kwargs);
  if (envelope.error) throw new Error(`${envelope.error.data.name}: ${envelope.error.data.message}`);
  return envelope.result as T;
}

/** execute_kw's error data (name, message …), failing the test when the call succeeds. */
export async function callError(
  sim: OdooSimulator,
  model: string,
  method: string,
  args: unknown[],
  kwargs?: Record<string, unknown>,
): Promise<{ name: string; message: string; arguments: unknown[]; debug: string }> {
  const envelope = await executeKw(sim, model, method, args, kwargs);
  if (!envelope.error) throw new Error(`expected an error, got ${JSON.stringify(envelope.result)}`);
  return envelope.error.data;
}

/** POST /json/2/<model>/<method> with the simulator's key (unless headers say otherwise). */
export function json2(
  sim: OdooSimulator,
  model: string,
  method: string,
  body: unknown = {},
  headers: Record<string, string> = {},
): Promise<Wire> {
  return send(`${sim.url}/json/2/${model}/${method}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      authorization: `bearer ${sim.apiKey}`,
      'x-odoo-database': sim.db,
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}
