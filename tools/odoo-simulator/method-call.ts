/**
 * The two ways a call reaches a model's method: execute_kw's
 * `call_kw(model, name, args, kwargs)` and JSON-2's named parameters. Each
 * call runs as one transaction.
 */
import { OdooException, accessError, attributeError, httpException, typeError, valueError } from './odoo-exception.js';
import type { CompiledModel, Context, MethodSpec, ParamSpec } from './orm/model-spec.js';
import type { SimEnv } from './orm/sim-env.js';
import { pyRepr } from './python-values.js';

/**
 * Binds positional and keyword arguments to a method's parameters, raising the
 * TypeError Python raises for a call that does not fit the signature.
 */
export function bindArguments(
  method: MethodSpec,
  positional: unknown[],
  keywords: Record<string, unknown>,
): Record<string, unknown> {
  const fn = `${method.qualname}()`;
  const params: ParamSpec[] = method.params;
  if (positional.length > params.length) {
    const required = params.filter((p) => !('default' in p)).length + 1;
    const takes = required === params.length + 1 ? `${required}` : `from ${required} to ${params.length + 1}`;
    throw typeError(
      `${fn} takes ${takes} positional argument${params.length ? 's' : ''} but ${positional.length + 1} were given`,
    );
  }
  const bound: Record<string, unknown> = {};
  positional.forEach((value, i) => (bound[params[i].name] = value));
  for (const [key, value] of Object.entries(keywords)) {
    const known = params.some((p) => p.name === key);
    if (known && key in bound) throw typeError(`${fn} got multiple values for argument '${key}'`);
    if (!known && !method.varKeywords) throw typeError(`${fn} got an unexpected keyword argument '${key}'`);
    bound[key] = value;
  }
  const missing = params.filter((p) => !(p.name in bound) && !('default' in p)).map((p) => `'${p.name}'`);
  if (missing.length) {
    const list = missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} and ${missing.at(-1)}`;
    throw typeError(
      `${fn} missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
    );
  }
  for (const p of params) if (!(p.name in bound)) bound[p.name] = p.default;
  return bound;
}

/**
 * The method a client may call: not private (`_`-prefixed names are an
 * AccessError), existing (else an AttributeError, worded per version).
 */
export function publicMethod(env: SimEnv, model: CompiledModel, name: string): MethodSpec {
  if (name.startsWith('_')) {
    throw accessError(
      env.version >= 19
        ? `Private methods (such as '${model.name}.${name}') cannot be called remotely.`
        : `Private methods (such as ${name}) cannot be called remotely.`,
    );
  }
  const method = Object.hasOwn(model.methods, name) ? model.methods[name] : undefined;
  if (!method) {
    throw attributeError(
      env.version >= 19
        ? `The method '${model.name}.${name}' does not exist`
        : `The method '${name}' does not exist on the model '${model.name}'`,
    );
  }
  return method;
}

function idsOf(value: unknown): number[] {
  if (value === false || value === null || value === undefined) return [];
  const list = Array.isArray(value) ? value : [value];
  if (!list.every((id) => typeof id === 'number' && Number.isInteger(id))) {
    throw valueError(`Invalid ids: ${pyRepr(value)}`);
  }
  return list as number[];
}

/** Runs a method as one transaction; Python's None comes back as null. */
function run(
  env: SimEnv,
  method: MethodSpec,
  model: string,
  ids: number[],
  bound: Record<string, unknown>,
  ctx: Context,
): unknown {
  const result = env.transaction(() => method.call(env, model, ids, bound, ctx));
  return result === undefined ? null : result;
}

/**
 * execute_kw → odoo.service.model.call_kw: `args[0]` holds the ids of a
 * records method, `kwargs.context` becomes the context, and create() given one
 * dict answers one id.
 */
export function callKw(env: SimEnv, modelName: string, name: string, args: unknown, kwargs: unknown): unknown {
  const model = env.model(modelName);
  const method = publicMethod(env, model, name);
  const positional = Array.isArray(args) ? [...args] : [];
  const keywords: Record<string, unknown> =
    kwargs && typeof kwargs === 'object' && !Array.isArray(kwargs) ? { ...(kwargs as Record<string, unknown>) } : {};
  const ctxValue = keywords.context;
  delete keywords.context;
  const ctx = (ctxValue && typeof ctxValue === 'object' ? ctxValue : {}) as Context;
  let ids: number[] = [];
  if (method.api === 'records') {
    if (!positional.length) throw new OdooException('builtins.IndexError', ['list index out of range']);
    ids = idsOf(positional.shift());
  }
  const bound = bindArguments(method, positional, keywords);
  if (name === 'create' && !positional.length) {
    // call_kw answers `result.id if isinstance(args[0], Mapping) else result.ids`: with the
    // values passed by keyword there is no args[0], and the whole call fails (and rolls back).
    throw new OdooException('builtins.IndexError', ['list index out of range']);
  }
  const result = run(env, method, modelName, ids, bound, ctx);
  if (name === 'create' && Array.isArray(result)) {
    const first = positional[0];
    const single = first !== null && typeof first === 'object' && !Array.isArray(first);
    return single ? result[0] : result;
  }
  return result;
}

/**
 * JSON-2 (Odoo 19's WebJson2Controller): an unknown model or method is a 404,
 * ids given to an @api.model method or parameters that do not fit the
 * signature a 422 (with `inspect.Signature.bind`'s wording), and a recordset
 * result is sent as its ids.
 */
export function callJson2(env: SimEnv, modelName: string, name: string, body: Record<string, unknown>): unknown {
  if (!env.hasModel(modelName)) throw httpException(404, `the model '${modelName}' does not exist`);
  const model = env.model(modelName);
  let method: MethodSpec;
  try {
    method = publicMethod(env, model, name);
  } catch (err) {
    if (err instanceof OdooException && err.pythonName === 'builtins.AttributeError') {
      throw httpException(404, String(err.args[0]));
    }
    throw err;
  }
  const { ids: idsValue, context, ...kwargs } = body;
  const ids = idsOf(idsValue ?? []);
  if (method.api === 'model' && ids.length) throw httpException(422, `cannot call ${model.name}.${name} with ids`);
  // inspect.Signature.bind reports a missing parameter before an unexpected one.
  const missing = method.params.find((p) => !('default' in p) && !(p.name in kwargs));
  if (missing) throw httpException(422, `missing a required argument: '${missing.name}'`);
  for (const key of Object.keys(kwargs)) {
    if (!method.varKeywords && !method.params.some((p) => p.name === key)) {
      throw httpException(422, `got an unexpected keyword argument '${key}'`);
    }
  }
  const bound = bindArguments(method, [], kwargs);
  const ctx = (context && typeof context === 'object' ? context : {}) as Context;
  return run(env, method, modelName, ids, bound, ctx);
}
