/**
 * The public methods of every model (BaseModel), with their Python signatures
 * per version, and the two ways a call reaches them: execute_kw's
 * `call_kw(model, name, args, kwargs)` and JSON-2's named parameters.
 */
import type { CompiledField, CompiledModel, Context, MethodSpec, OdooVersion, ParamSpec } from './model-spec.js';
import { param } from './model-spec.js';
import { OdooException, accessError, attributeError, httpException, typeError, valueError } from './odoo-exception.js';
import { pyRepr } from './python-values.js';
import type { SimEnv } from './sim-env.js';

const asNumberOrNull = (v: unknown): number | null => (typeof v === 'number' ? v : null);
const asString = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function fieldList(v: unknown): string[] | null {
  if (v === null || v === undefined || v === false) return null;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v as string[];
  throw typeError(`'${typeof v}' object is not iterable`);
}

/** fields_get()'s description of one field. */
export function describeField(field: CompiledField): Record<string, unknown> {
  const store = field.name === 'id' || (field.store ?? !field.compute);
  const description: Record<string, unknown> = {
    type: field.type,
    string: field.string,
    name: field.name,
    required: !!field.required,
    readonly: !!field.readonly || (!!field.compute && !field.inverse),
    store,
    searchable: true,
    sortable: store && field.type !== 'one2many' && field.type !== 'many2many',
  };
  if (field.help) description.help = field.help;
  if (field.relation) description.relation = field.relation;
  if (field.type === 'one2many') description.relation_field = field.inverseName;
  if (field.selection) description.selection = field.selection.map(([key, label]) => [key, label]);
  return description;
}

export function genericMethods(version: OdooVersion): Record<string, MethodSpec> {
  const methods: Record<string, MethodSpec> = {
    search: {
      qualname: 'BaseModel.search',
      api: 'model',
      // Odoo 16 names the domain `args` (17 renamed it `domain`): only positional works everywhere.
      params: [
        param(version === 16 ? 'args' : 'domain'),
        param('offset', 0),
        param('limit', null),
        param('order', null),
        ...(version === 16 ? [param('count', false)] : []),
      ],
      call(env, model, _ids, a, ctx) {
        const options = {
          offset: a.offset as number,
          limit: asNumberOrNull(a.limit),
          order: asString(a.order),
          context: ctx,
        };
        const domain = (a.domain ?? a.args) as unknown[];
        if (a.count) return env.countIds(model, domain, options);
        return env.searchIds(model, domain, options);
      },
    },
    search_count: {
      qualname: 'BaseModel.search_count',
      api: 'model',
      params: [param(version === 16 ? 'args' : 'domain'), param('limit', null)],
      call: (env, model, _ids, a, ctx) =>
        env.countIds(model, (a.domain ?? a.args) as unknown[], { limit: asNumberOrNull(a.limit), context: ctx }),
    },
    search_read: {
      qualname: 'BaseModel.search_read',
      api: 'model',
      params: [
        param('domain', null),
        param('fields', null),
        param('offset', 0),
        param('limit', null),
        param('order', null),
      ],
      varKeywords: true,
      call(env, model, _ids, a, ctx) {
        const { domain, fields, offset, limit, order, ...readKwargs } = a;
        const unknown = Object.keys(readKwargs).find((k) => k !== 'load');
        if (unknown) throw typeError(`BaseModel.read() got an unexpected keyword argument '${unknown}'`);
        const ids = env.searchIds(model, domain ?? [], {
          offset: offset as number,
          limit: asNumberOrNull(limit),
          order: asString(order),
          context: ctx,
        });
        if (!ids.length) return [];
        return env.readRecords(model, ids, fieldList(fields), 'load' in readKwargs ? readKwargs.load : '_classic_read');
      },
    },
    read: {
      qualname: 'BaseModel.read',
      api: 'records',
      params: [param('fields', null), param('load', '_classic_read')],
      call: (env, model, ids, a) => env.readRecords(model, ids, fieldList(a.fields), a.load),
    },
    create: {
      qualname: 'BaseModel.create',
      api: 'model',
      params: [param('vals_list')],
      call(env, model, _ids, a, ctx) {
        // @api.model_create_multi: one dict is a list of one.
        const list = Array.isArray(a.vals_list) ? a.vals_list : [a.vals_list];
        return env.createRecords(model, list, ctx);
      },
    },
    write: {
      qualname: 'BaseModel.write',
      api: 'records',
      params: [param('vals')],
      call: (env, model, ids, a, ctx) => env.writeRecords(model, ids, a.vals, ctx),
    },
    unlink: {
      qualname: 'BaseModel.unlink',
      api: 'records',
      params: [],
      call: (env, model, ids, _a, ctx) => env.unlinkRecords(model, ids, ctx),
    },
    exists: {
      qualname: 'BaseModel.exists',
      api: 'records',
      params: [],
      call: (env, model, ids) => ids.filter((id) => env.row(model, id)),
    },
    fields_get: {
      qualname: 'BaseModel.fields_get',
      api: 'model',
      params: [param('allfields', null), param('attributes', null)],
      call(env, model, _ids, a) {
        const compiled = env.model(model);
        const wanted = fieldList(a.allfields);
        const attributes = fieldList(a.attributes);
        const result: Record<string, Record<string, unknown>> = {};
        for (const field of Object.values(compiled.fields)) {
          if (wanted && !wanted.includes(field.name)) continue;
          const description = describeField(field);
          result[field.name] = attributes
            ? Object.fromEntries(Object.entries(description).filter(([key]) => attributes.includes(key)))
            : description;
        }
        return result;
      },
    },
    name_search: {
      qualname: 'BaseModel.name_search',
      api: 'model',
      // Odoo 18 renamed `args` to `domain`.
      params: [
        param('name', ''),
        param(version >= 18 ? 'domain' : 'args', null),
        param('operator', 'ilike'),
        param('limit', 100),
      ],
      call(env, model, _ids, a, ctx) {
        const extra = (a.domain ?? a.args ?? []) as unknown[];
        const name = String(a.name ?? '');
        const operator = String(a.operator ?? 'ilike');
        const domain = name || !operator.includes('like') ? [['display_name', operator, name], ...extra] : extra;
        const ids = env.searchIds(model, domain, { limit: asNumberOrNull(a.limit), context: ctx });
        return ids.map((id) => [id, env.displayName(model, id)]);
      },
    },
    default_get: {
      qualname: 'BaseModel.default_get',
      api: 'model',
      params: [param('fields_list')],
      call(env, model, _ids, a, ctx) {
        const compiled = env.model(model);
        const result: Record<string, unknown> = {};
        for (const name of fieldList(a.fields_list) ?? []) {
          const field = compiled.fields[name];
          if (!field) continue;
          if (ctx[`default_${name}`] !== undefined) result[name] = ctx[`default_${name}`];
          else if (field.default) result[name] = field.default(env, {});
        }
        return result;
      },
    },
  };
  if (version === 16) {
    // name_get() was replaced by display_name in 17.
    methods.name_get = {
      qualname: 'BaseModel.name_get',
      api: 'records',
      params: [],
      call: (env, model, ids) => ids.filter((id) => env.row(model, id)).map((id) => [id, env.displayName(model, id)]),
    };
  }
  return methods;
}

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
