/**
 * Glossary of the simulator. A *spec* describes an Odoo model as its Python
 * class does (fields, `_order`, `_rec_name`, `_parent_name`, `_inherits`,
 * methods); the *cache form* of a value is how the simulator stores it (the
 * ORM's cache: `null` for empty, many2one as a bare id, datetimes as epoch
 * milliseconds); the *read form* is what `read()` sends (`false` for empty,
 * many2one as `[id, display_name]`, naive UTC datetime strings).
 */
import type { SimEnv } from './sim-env.js';

export type OdooVersion = 16 | 17 | 18 | 19;

export type FieldType =
  | 'char'
  | 'text'
  | 'html'
  | 'integer'
  | 'float'
  | 'monetary'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'selection'
  | 'many2one'
  | 'one2many'
  | 'many2many'
  /** Base64 text in cache and read form; `bin_size` context reads it as its human size (read.ts). */
  | 'binary';

/** A value in cache form. */
export type CacheValue = string | number | boolean | null | number[];

/** One stored record: its id and its stored fields in cache form. */
export interface Row {
  id: number;
  [field: string]: CacheValue;
}

/** Values as a client sends them to create() or write(). */
export type Vals = Record<string, unknown>;

/** The `context` of a call (`active_test`, `disable_cancel_warning`, `default_*` …). */
export type Context = Record<string, unknown>;

export interface FieldSpec {
  type: FieldType;
  string: string;
  required?: boolean;
  readonly?: boolean;
  help?: string;
  /** Comodel of a relational field. */
  relation?: string;
  /** The many2one on the comodel that a one2many mirrors. */
  inverseName?: string;
  /**
   * A one2many declared with `domain=[('active', '=', True)]` (res.partner.child_ids).
   * Without it a one2many lists archived records too: Odoo reads x2many fields with active_test off.
   */
  activeOnly?: boolean;
  /** many2one: what happens to this record when the target is deleted. */
  ondelete?: 'cascade' | 'set null' | 'restrict';
  selection?: ReadonlyArray<readonly [string, string]>;
  /** Default, in the form a client would send (e.g. `'draft'`, `1.0`, an id); `ctx` is the call's context. */
  default?: (env: SimEnv, vals: Vals, ctx: Context) => unknown;
  /**
   * `translate=True`: one value per installed language (a jsonb column in
   * 16–19), read and written in the context's `lang` (see translations.ts).
   */
  translate?: boolean;
  /**
   * Computed on every read, search and sort. Whether Odoo stores the field
   * only shows in fields_get (`store`, `sortable`).
   */
  compute?: (env: SimEnv, row: Row) => CacheValue;
  /**
   * `groups=`: comma-separated xml ids; a user in none of them gets an
   * AccessError reading or writing it, and fields_get leaves it out
   * (orm/access-rights.ts).
   */
  groups?: string;
  /** Whether Odoo stores it; defaults to "not computed". */
  store?: boolean;
  /** Makes a computed field writable (Odoo's `inverse=`). */
  inverse?: (env: SimEnv, ids: number[], value: unknown, ctx: Context) => void;
}

/** A field as the registry holds it: with its name and, for `_inherits`, the parent model it lives on. */
export interface CompiledField extends FieldSpec {
  name: string;
  /** Set on fields a child model reads through `_inherits` (product.product → product.template). */
  delegatedTo?: string;
}

export interface ModelHooks {
  /** After defaults, before the record exists: complete `vals` (sequences, addresses, line names …). */
  prepareCreate?(env: SimEnv, vals: Vals, ctx: Context): void;
  afterCreate?(env: SimEnv, id: number, vals: Vals, ctx: Context): void;
  prepareWrite?(env: SimEnv, ids: number[], vals: Vals, ctx: Context): void;
  afterWrite?(env: SimEnv, ids: number[], vals: Vals, ctx: Context): void;
  /** Refuse the deletion (Odoo's `@api.ondelete` checks). */
  beforeUnlink?(env: SimEnv, ids: number[], ctx: Context): void;
  afterUnlink?(env: SimEnv, ids: number[], rows: Row[], ctx: Context): void;
  /** Python constraints (`@api.constrains`), run after create and write. */
  constrain?(env: SimEnv, ids: number[]): void;
}

export interface ParamSpec {
  name: string;
  /** Absent: the parameter is required. */
  default?: unknown;
}

/**
 * A public method. `model` methods (@api.model, create) take no ids;
 * `records` methods run on the ids given first in execute_kw's args, or as
 * `ids` in a JSON-2 body.
 */
export interface MethodSpec {
  /** Python's `__qualname__`, used in TypeErrors (`BaseModel.search`). */
  qualname: string;
  api: 'model' | 'records';
  params: ParamSpec[];
  /** Accepts `**kwargs` (search_read passes them to read()). */
  varKeywords?: boolean;
  call(env: SimEnv, model: string, ids: number[], args: Record<string, unknown>, ctx: Context): unknown;
}

export interface ModelSpec {
  name: string;
  description: string;
  /** `_order`. */
  order: string;
  /** `_rec_name`. */
  recName?: string;
  /** `_parent_name` of hierarchical models (child_of / parent_of). */
  parentName?: string;
  /** `_inherits`: the parent model and the many2one pointing to it. */
  inherits?: { model: string; field: string };
  fields: Record<string, FieldSpec>;
  /** display_name; default: the `_rec_name` field. */
  displayName?: (env: SimEnv, row: Row) => string;
  methods?: Record<string, MethodSpec>;
  hooks?: ModelHooks;
}

export interface CompiledModel {
  name: string;
  description: string;
  order: string;
  recName: string | null;
  parentName: string | null;
  inherits: { model: string; field: string } | null;
  fields: Record<string, CompiledField>;
  hasActive: boolean;
  displayName: (env: SimEnv, row: Row) => string;
  methods: Record<string, MethodSpec>;
  hooks: ModelHooks;
}

export const param = (name: string, ...dflt: [unknown?]): ParamSpec =>
  dflt.length ? { name, default: dflt[0] } : { name };

export const RELATIONAL: ReadonlySet<FieldType> = new Set(['many2one', 'one2many', 'many2many']);
export const X2MANY: ReadonlySet<FieldType> = new Set(['one2many', 'many2many']);

/** Log access fields Odoo never takes from the client. */
export const MAGIC: ReadonlySet<string> = new Set([
  'id',
  'create_date',
  'create_uid',
  'write_date',
  'write_uid',
  '__last_update',
]);

/** Whether a field is a column of the model's table (stored, not delegated through `_inherits`, not a one2many). */
export function isColumn(field: CompiledField): boolean {
  return !field.compute && !field.delegatedTo && field.type !== 'one2many' && !MAGIC.has(field.name);
}
