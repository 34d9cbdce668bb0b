/**
 * The public methods every model has (BaseModel in odoo/models.py), with
 * their Python signatures per version.
 */
import { typeError, userError, valueError } from '../odoo-exception.js';
import {
  checkFieldAccess,
  checkModelAccess,
  fieldHidden,
  hasModelAccess,
  modelAccessError,
  OPERATIONS,
  type Operation,
} from './access-rights.js';
import { checkCompanyRule } from './companies.js';
import type { CompiledField, MethodSpec, OdooVersion } from './model-spec.js';
import { param } from './model-spec.js';
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

/** The operation a rights check names, or Odoo's ValueError for another (ir.model.access `check`'s assert, as raised). */
function operationOf(value: unknown): Operation {
  if (typeof value === 'string' && (OPERATIONS as readonly string[]).includes(value)) return value as Operation;
  throw valueError(`Invalid access mode ${JSON.stringify(value)}`);
}

/** The ACL check every CRUD method makes before it runs (odoo/models.py: `check_access_rights`, 18+ `check_access`). */
const access = (env: SimEnv, model: string, operation: Operation) =>
  checkModelAccess(env.userGroups, env.model(model), operation);

/**
 * The fields read() reads: those asked for, after the field-level check
 * (`groups=`), or, when none are asked for, every field the user may read
 * (odoo/models.py read → `_check_field_access` / `check_field_access_rights`).
 */
function readableFields(env: SimEnv, model: string, asked: string[] | null): string[] | null {
  const compiled = env.model(model);
  if (asked && asked.length) {
    checkFieldAccess(env.version, env.userGroups, compiled, asked, 'read');
    return asked;
  }
  return Object.values(compiled.fields)
    .filter((field) => !fieldHidden(env.userGroups, field))
    .map((field) => field.name);
}

/** Field-level check of the keys of create/write values. */
function writableFields(env: SimEnv, model: string, vals: unknown, operation: Operation): void {
  const list = Array.isArray(vals) ? vals : [vals];
  const names = list.flatMap((v) => (v && typeof v === 'object' ? Object.keys(v) : []));
  checkFieldAccess(env.version, env.userGroups, env.model(model), names, operation);
}

/**
 * The rights API a client may call: `check_access_rights(operation,
 * raise_exception=True)` (@api.model) in 16–18, deprecated in 18 for the
 * records methods `check_access(operation)` (raises) and
 * `has_access(operation)` (a boolean), the only ones left in 19 (odoo/models.py
 * of each branch). On an empty recordset both check the model's ACLs only.
 */
function rightsMethods(version: OdooVersion): Record<string, MethodSpec> {
  const methods: Record<string, MethodSpec> = {};
  if (version <= 18) {
    methods.check_access_rights = {
      qualname: 'BaseModel.check_access_rights',
      api: 'model',
      params: [param('operation'), param('raise_exception', true)],
      call(env, model, _ids, a) {
        const operation = operationOf(a.operation);
        const allowed = hasModelAccess(env.userGroups, model, operation);
        if (!allowed && a.raise_exception !== false) throw modelAccessError(env.model(model), operation);
        return allowed;
      },
    };
  }
  if (version >= 18) {
    methods.check_access = {
      qualname: 'BaseModel.check_access',
      api: 'records',
      params: [param('operation')],
      call(env, model, _ids, a) {
        access(env, model, operationOf(a.operation));
        return null;
      },
    };
    methods.has_access = {
      qualname: 'BaseModel.has_access',
      api: 'records',
      params: [param('operation')],
      call: (env, model, _ids, a) => hasModelAccess(env.userGroups, model, operationOf(a.operation)),
    };
  }
  return methods;
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
        access(env, model, 'read');
        const options = {
          offset: a.offset as number,
          limit: asNumberOrNull(a.limit),
          order: asString(a.order),
          context: ctx,
          asUser: true,
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
      call(env, model, _ids, a, ctx) {
        access(env, model, 'read');
        return env.countIds(model, (a.domain ?? a.args) as unknown[], {
          limit: asNumberOrNull(a.limit),
          context: ctx,
          asUser: true,
        });
      },
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
        access(env, model, 'read');
        const names = readableFields(env, model, fieldList(fields));
        const ids = env.searchIds(model, domain ?? [], {
          offset: offset as number,
          limit: asNumberOrNull(limit),
          order: asString(order),
          context: ctx,
          asUser: true,
        });
        if (!ids.length) return [];
        const load = 'load' in readKwargs ? readKwargs.load : '_classic_read';
        return env.readRecords(model, ids, names, load, ctx);
      },
    },
    read: {
      qualname: 'BaseModel.read',
      api: 'records',
      params: [param('fields', null), param('load', '_classic_read')],
      call(env, model, ids, a, ctx) {
        access(env, model, 'read');
        const names = readableFields(env, model, fieldList(a.fields));
        checkCompanyRule(env, env.model(model), ids, ctx, 'read');
        return env.readRecords(model, ids, names, a.load, ctx);
      },
    },
    create: {
      qualname: 'BaseModel.create',
      api: 'model',
      params: [param('vals_list')],
      call(env, model, _ids, a, ctx) {
        // @api.model_create_multi: one dict is a list of one.
        const list = Array.isArray(a.vals_list) ? a.vals_list : [a.vals_list];
        access(env, model, 'create');
        writableFields(env, model, list, 'create');
        const ids = env.createRecords(model, list, ctx);
        checkCompanyRule(env, env.model(model), ids, ctx, 'create');
        return ids;
      },
    },
    write: {
      qualname: 'BaseModel.write',
      api: 'records',
      params: [param('vals')],
      call(env, model, ids, a, ctx) {
        access(env, model, 'write');
        writableFields(env, model, a.vals, 'write');
        checkCompanyRule(env, env.model(model), ids, ctx, 'write');
        return env.writeRecords(model, ids, a.vals, ctx);
      },
    },
    unlink: {
      qualname: 'BaseModel.unlink',
      api: 'records',
      params: [],
      call(env, model, ids, _a, ctx) {
        access(env, model, 'unlink');
        checkCompanyRule(env, env.model(model), ids, ctx, 'unlink');
        return env.unlinkRecords(model, ids, ctx);
      },
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
      // odoo/models.py fields_get: no ACL check of its own; a field whose groups the
      // user lacks is left out, and every field is readonly to a user who may
      // neither write nor create the model's records.
      call(env, model, _ids, a) {
        const compiled = env.model(model);
        const wanted = fieldList(a.allfields);
        const attributes = fieldList(a.attributes);
        const readonly =
          !hasModelAccess(env.userGroups, model, 'write') && !hasModelAccess(env.userGroups, model, 'create');
        const result: Record<string, Record<string, unknown>> = {};
        for (const field of Object.values(compiled.fields)) {
          if (wanted && !wanted.includes(field.name)) continue;
          if (fieldHidden(env.userGroups, field)) continue;
          const description = describeField(field);
          if (readonly) description.readonly = true;
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
        access(env, model, 'read');
        const domain = name || !operator.includes('like') ? [['display_name', operator, name], ...extra] : extra;
        const ids = env.searchIds(model, domain, { limit: asNumberOrNull(a.limit), context: ctx, asUser: true });
        return ids.map((id) => [id, env.displayName(model, id)]);
      },
    },
    ...rightsMethods(version),
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
          else if (field.default) result[name] = field.default(env, {}, ctx);
        }
        return result;
      },
    },
  };
  methods.update_field_translations = {
    // The web client's translation dialog (odoo/models.py `update_field_translations`
    // → `_update_field_translations`). Since odoo/odoo#124402 (16.0, kept in 17–19; see
    // #140695 and #141126, forward-ported from 16.0) each language's value goes
    // through `write` in that language (`with_context(lang=…)`), so it moves the
    // record's write_date like any write. Modelled for translate=True fields and
    // str values; a falsy value (which voids a translation) is not.
    qualname: 'BaseModel.update_field_translations',
    api: 'records',
    params: [param('field_name'), param('translations')],
    call(env, model, ids, a, ctx) {
      const field = env.model(model).fields[String(a.field_name)];
      if (!field?.translate) return false;
      const translations = (a.translations ?? {}) as Record<string, unknown>;
      const values = Object.values(translations);
      if (values.some((v) => v && typeof v !== 'string')) {
        throw userError('Translations for model translated fields only accept falsy values and str');
      }
      if (values.some((v) => typeof v !== 'string'))
        throw new Error('simulator: voiding a translation is not modelled');
      for (const [lang, value] of Object.entries(translations)) {
        env.writeRecords(model, ids, { [field.name]: value }, { ...ctx, lang });
      }
      return true;
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
