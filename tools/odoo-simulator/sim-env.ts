/**
 * The simulator's ORM: one table (a Map in id order) per model, the CRUD
 * semantics of odoo/models.py, x2many commands, `_inherits`, ondelete rules,
 * and transactions (one per RPC call: a failing call leaves nothing behind, and
 * every record it writes gets the same write_date).
 */
import { compileDomain, mentionsActive } from './domain.js';
import { emptyValue, formatDatetime, toCache } from './field-values.js';
import type { CacheValue, CompiledField, CompiledModel, Context, OdooVersion, Row, Vals } from './model-spec.js';
import { X2MANY } from './model-spec.js';
import { attributeError, keyError, missingError, validationError, valueError } from './odoo-exception.js';
import { parseOrder, sortRows } from './order-by.js';
import { pyRepr } from './python-values.js';

export interface SearchOptions {
  offset?: number;
  limit?: number | null;
  order?: string | null;
  /** The call's context: `active_test: false` includes archived records. */
  context?: Context;
  /** Shortcut for `context.active_test`. */
  activeTest?: boolean;
}

export interface ReadOptions {
  /** `'_classic_read'` (default): many2one as `[id, name]`; anything else: the bare id. */
  load?: string | null;
}

/** A record as read() returns it (`id` first, then the fields asked for). */
export type ReadRecord = Record<string, unknown>;

interface Table {
  rows: Map<number, Row>;
  nextId: number;
}

/** Log access fields Odoo never takes from the client. */
const MAGIC = new Set(['id', 'create_date', 'create_uid', 'write_date', 'write_uid', '__last_update']);

/** Python's `self._context.get('active_test', True)`: any falsy value turns the filter off. */
export function isActiveTest(ctx: Context): boolean {
  if (!('active_test' in ctx)) return true;
  const v = ctx.active_test;
  return !(v === false || v === null || v === 0 || v === '');
}

function isPlainObject(value: unknown): value is Vals {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pyTypeName(value: unknown): string {
  if (value === null || value === undefined) return 'NoneType';
  if (typeof value === 'boolean') return 'bool';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'float';
  if (typeof value === 'string') return 'str';
  return Array.isArray(value) ? 'list' : 'dict';
}

export class SimEnv {
  readonly version: OdooVersion;
  readonly uid: number;
  private readonly registry: Map<string, CompiledModel>;
  private readonly tables = new Map<string, Table>();
  /** For each model, the many2one and many2many fields pointing to it, with the model holding them. */
  private readonly referrers = new Map<string, Array<{ owner: CompiledModel; field: CompiledField }>>();
  /**
   * one2many indexes, built on first use and then kept up to date on every
   * change: model → many2one field → target id → ids pointing to it.
   */
  private readonly indexes = new Map<string, Map<string, Map<number, Set<number>>>>();
  private readonly sequences = new Map<string, number>();
  private readonly layouts = new Map<string, { defaults: CompiledField[]; columns: CompiledField[] }>();
  private clock = 0;
  private txnTime: number | null = null;
  private fixedTime: number | null = null;
  /** Rows as they were before the current transaction touched them (null: created in it). */
  private snapshots: Map<string, { model: string; id: number; row: Row | null }> | null = null;

  constructor(version: OdooVersion, registry: Map<string, CompiledModel>, uid: number) {
    this.version = version;
    this.registry = registry;
    this.uid = uid;
    for (const model of registry.values()) {
      this.tables.set(model.name, { rows: new Map(), nextId: 1 });
      for (const field of Object.values(model.fields)) {
        if ((field.type === 'many2one' || field.type === 'many2many') && !field.compute && !field.delegatedTo) {
          const list = this.referrers.get(field.relation!) ?? [];
          list.push({ owner: model, field });
          this.referrers.set(field.relation!, list);
        }
      }
    }
  }

  // ---------------------------------------------------------------- public API for tests

  /** Models the simulator knows. */
  modelNames(): string[] {
    return [...this.registry.keys()];
  }

  /** Creates one record (a transaction of its own, as an RPC call is) and returns its id. */
  create(model: string, vals: Vals, ctx: Context = {}): number {
    return this.transaction(() => this.createRecords(model, [vals], ctx)[0]);
  }

  createMany(model: string, valsList: Vals[], ctx: Context = {}): number[] {
    return this.transaction(() => this.createRecords(model, valsList, ctx));
  }

  /** Writes like an RPC write: write_date moves, a missing id is a MissingError. */
  write(model: string, ids: number | number[], vals: Vals, ctx: Context = {}): true {
    return this.transaction(() => this.writeRecords(model, ids, vals, ctx));
  }

  unlink(model: string, ids: number | number[], ctx: Context = {}): true {
    return this.transaction(() => this.unlinkRecords(model, ids, ctx));
  }

  search(model: string, domain: unknown[] = [], options: SearchOptions = {}): number[] {
    return this.searchIds(model, domain, options);
  }

  count(model: string, domain: unknown[] = [], options: SearchOptions = {}): number {
    return this.countIds(model, domain, options);
  }

  read(model: string, ids: number | number[], fields: string[] | null = null, options: ReadOptions = {}): ReadRecord[] {
    return this.readRecords(model, Array.isArray(ids) ? ids : [ids], fields, options.load ?? '_classic_read');
  }

  /** Every record of a model, archived ones included, as read() returns them. */
  records(model: string, fields: string[] | null = null): ReadRecord[] {
    return this.readRecords(model, [...this.table(model).rows.keys()], fields, '_classic_read');
  }

  /** Moves write_date as a write that changes nothing would. */
  touch(model: string, ids: number | number[]): void {
    this.transaction(() => this.writeRecords(model, ids, {}, {}));
  }

  /** Runs `fn` as one transaction: all or nothing, one write_date for everything it writes. */
  transaction<T>(fn: () => T): T {
    if (this.snapshots) return fn();
    this.snapshots = new Map();
    this.txnTime = null;
    try {
      return fn();
    } catch (err) {
      this.rollback();
      throw err;
    } finally {
      this.snapshots = null;
      this.txnTime = null;
    }
  }

  /** Runs `fn` with every timestamp at `ms` (seed data is dated in the past). */
  atTime<T>(ms: number, fn: () => T): T {
    const previous = this.fixedTime;
    this.fixedTime = ms;
    this.clock = Math.max(this.clock, ms);
    try {
      return fn();
    } finally {
      this.fixedTime = previous;
    }
  }

  // ---------------------------------------------------------------- lookups

  /** `env[model]`: a KeyError for an unknown model, as Python's registry raises. */
  model(name: string): CompiledModel {
    const model = this.registry.get(name);
    if (!model) throw keyError(name);
    return model;
  }

  hasModel(name: string): boolean {
    return this.registry.has(name);
  }

  row(model: string, id: number): Row | undefined {
    return this.table(model).rows.get(id);
  }

  rows(model: string): IterableIterator<Row> {
    return this.table(model).rows.values();
  }

  /** The id the model's last created record got (ids come from a sequence, as in PostgreSQL). */
  lastId(model: string): number {
    return this.table(model).nextId - 1;
  }

  /** The transaction's timestamp: strictly after the previous transaction's, whatever the wall clock says. */
  now(): number {
    if (this.fixedTime !== null) return this.fixedTime;
    if (this.txnTime !== null) return this.txnTime;
    let t = Date.now();
    if (t <= this.clock) t = this.clock + 1;
    this.clock = t;
    if (this.snapshots) this.txnTime = t;
    return t;
  }

  nowString(): string {
    return formatDatetime(this.now());
  }

  nextSequence(code: string, prefix: string, padding = 5): string {
    const next = (this.sequences.get(code) ?? 0) + 1;
    this.sequences.set(code, next);
    return `${prefix}${String(next).padStart(padding, '0')}`;
  }

  /** A field's value in cache form (stored, computed, delegated through `_inherits`, or one2many). */
  value(model: CompiledModel, row: Row, fname: string): CacheValue {
    if (fname === 'id') return row.id;
    const field = model.fields[fname];
    if (field.delegatedTo) {
      const parentId = row[model.inherits!.field] as number | null;
      const parent = this.model(field.delegatedTo);
      const parentRow = parentId === null ? undefined : this.row(parent.name, parentId);
      return parentRow ? this.value(parent, parentRow, fname) : emptyValue(field);
    }
    if (field.compute) return field.compute(this, row);
    if (field.type === 'one2many') {
      const ids = this.o2mIds(field.relation!, field.inverseName!, row.id);
      return field.activeOnly ? ids.filter((id) => this.row(field.relation!, id)!.active !== false) : ids;
    }
    const v = row[fname];
    return v === undefined ? emptyValue(field) : v;
  }

  /** `value()` by model name and id. */
  get(model: string, id: number, fname: string): CacheValue {
    const row = this.row(model, id);
    if (!row) {
      throw missingError(`Record does not exist or has been deleted.\n(Record: ${model}(${id},), User: ${this.uid})`);
    }
    return this.value(this.model(model), row, fname);
  }

  displayName(model: string, id: number): string {
    const row = this.row(model, id);
    return row ? this.model(model).displayName(this, row) : '';
  }

  /** Ids of the records whose many2one `inverse` points to `parentId` (a one2many's value). */
  o2mIds(comodel: string, inverse: string, parentId: number): number[] {
    let byField = this.indexes.get(comodel);
    if (!byField) this.indexes.set(comodel, (byField = new Map()));
    let index = byField.get(inverse);
    if (!index) {
      byField.set(inverse, (index = new Map()));
      for (const row of this.rows(comodel)) this.indexAdd(index, row[inverse], row.id);
    }
    const ids = index.get(parentId);
    return ids ? [...ids].sort((a, b) => a - b) : [];
  }

  private indexAdd(index: Map<number, Set<number>>, parent: CacheValue | undefined, id: number): void {
    if (typeof parent !== 'number') return;
    const ids = index.get(parent);
    if (ids) ids.add(id);
    else index.set(parent, new Set([id]));
  }

  /** Every row change goes through here: undo log, indexes, then the new values. */
  private mutate(model: string, row: Row, changes: Record<string, CacheValue>): void {
    this.remember(model, row.id, row);
    const byField = this.indexes.get(model);
    for (const [key, value] of Object.entries(changes)) {
      const index = byField?.get(key);
      if (index && row[key] !== value) {
        if (typeof row[key] === 'number') index.get(row[key] as number)?.delete(row.id);
        this.indexAdd(index, value, row.id);
      }
      row[key] = value;
    }
  }

  private insert(model: string, row: Row): void {
    this.remember(model, row.id, null);
    this.table(model).rows.set(row.id, row);
    for (const [field, index] of this.indexes.get(model) ?? []) this.indexAdd(index, row[field], row.id);
  }

  private remove(model: string, row: Row): void {
    this.remember(model, row.id, row);
    this.table(model).rows.delete(row.id);
    for (const [field, index] of this.indexes.get(model) ?? []) {
      if (typeof row[field] === 'number') index.get(row[field] as number)?.delete(row.id);
    }
  }

  /** Records under (`down`, child_of) or above (`up`, parent_of) the roots, roots included. */
  hierarchyClosure(model: CompiledModel, roots: Set<number>, direction: 'down' | 'up'): Set<number> {
    const parentField = model.parentName;
    const result = new Set(roots);
    if (!parentField) return result;
    if (direction === 'up') {
      for (const root of roots) {
        let current = this.row(model.name, root);
        while (current && current[parentField] !== null && !result.has(current[parentField] as number)) {
          result.add(current[parentField] as number);
          current = this.row(model.name, current[parentField] as number);
        }
      }
      return result;
    }
    const children = new Map<number, number[]>();
    for (const row of this.rows(model.name)) {
      const parent = row[parentField] as number | null;
      if (parent !== null) children.set(parent, [...(children.get(parent) ?? []), row.id]);
    }
    const queue = [...roots];
    while (queue.length) {
      for (const child of children.get(queue.pop()!) ?? []) {
        if (!result.has(child)) {
          result.add(child);
          queue.push(child);
        }
      }
    }
    return result;
  }

  /** _name_search over display names (active records only), collecting ids into `into`. */
  nameSearchIds(model: string, name: string, operator: string, into: Set<number>): Set<number> {
    for (const id of this.searchIds(model, [['display_name', operator, name]], { order: 'id' })) into.add(id);
    return into;
  }

  // ---------------------------------------------------------------- ORM operations (inside a transaction)

  searchIds(modelName: string, domain: unknown, options: SearchOptions = {}): number[] {
    const model = this.model(modelName);
    const rows = this.filter(model, domain, options);
    const sorted = sortRows(this, model, rows, parseOrder(model, options.order || model.order));
    const offset = options.offset || 0;
    const limit = options.limit || undefined;
    return sorted.slice(offset, limit === undefined ? undefined : offset + limit).map((row) => row.id);
  }

  countIds(modelName: string, domain: unknown, options: SearchOptions = {}): number {
    const count = this.filter(this.model(modelName), domain, options).length;
    return options.limit ? Math.min(count, options.limit) : count;
  }

  private filter(model: CompiledModel, domain: unknown, options: SearchOptions): Row[] {
    const ctx = options.context ?? {};
    const activeTest = options.activeTest ?? isActiveTest(ctx);
    let effective = domain ?? [];
    // _where_calc: archived records stay out unless the domain itself names `active`.
    if (model.hasActive && activeTest && Array.isArray(effective) && !mentionsActive(effective)) {
      effective = [['active', '=', true], ...effective];
    }
    const predicate = compileDomain(this, model, effective, ctx);
    const result: Row[] = [];
    for (const row of this.rows(model.name)) if (predicate(row)) result.push(row);
    return result;
  }

  /** Ids in the model's default order (what a one2many or many2many reads as). */
  sortIds(modelName: string, ids: number[]): number[] {
    if (ids.length < 2) return [...ids];
    const model = this.model(modelName);
    const rows = ids.map((id) => this.row(modelName, id)).filter((r): r is Row => !!r);
    return sortRows(this, model, rows, parseOrder(model, model.order)).map((row) => row.id);
  }

  readRecords(modelName: string, ids: number[], fields: string[] | null, load: unknown): ReadRecord[] {
    const model = this.model(modelName);
    const names = fields && fields.length ? fields : Object.keys(model.fields);
    for (const name of names) {
      if (typeof name !== 'string' || !model.fields[name]) {
        throw valueError(`Invalid field ${pyRepr(name)} on model ${pyRepr(model.name)}`);
      }
    }
    const classic = load === '_classic_read';
    const result: ReadRecord[] = [];
    for (const id of ids) {
      const row = this.row(model.name, id);
      // Records deleted meanwhile are left out, without an error (BaseModel.read).
      if (!row) continue;
      const record: ReadRecord = { id: row.id };
      for (const name of names) if (name !== 'id') record[name] = this.readValue(model, row, name, classic);
      result.push(record);
    }
    return result;
  }

  /** The read form: `false` for empty, many2one as `[id, name]` (or the id), datetimes as strings. */
  readValue(model: CompiledModel, row: Row, fname: string, classic = true): unknown {
    const field = model.fields[fname];
    const v = this.value(model, row, fname);
    switch (field.type) {
      case 'integer':
      case 'float':
      case 'monetary':
        return v ?? 0;
      case 'boolean':
        return v === true;
      case 'datetime':
        return v === null ? false : formatDatetime(v as number);
      case 'many2one':
        if (v === null) return false;
        return classic ? [v, this.displayName(field.relation!, v as number)] : v;
      case 'one2many':
      case 'many2many':
        return this.sortIds(field.relation!, v as number[]);
      default:
        return v === null ? false : v;
    }
  }

  createRecords(modelName: string, valsList: unknown[], ctx: Context): number[] {
    const model = this.model(modelName);
    return valsList.map((vals) => this.createOne(model, vals, ctx));
  }

  private cleanVals(model: CompiledModel, input: unknown): Vals {
    if (!isPlainObject(input)) throw attributeError(`'${pyTypeName(input)}' object has no attribute 'items'`);
    const vals: Vals = { ...input };
    for (const key of Object.keys(vals)) {
      if (!model.fields[key]) throw valueError(`Invalid field ${pyRepr(key)} on model ${pyRepr(model.name)}`);
      if (MAGIC.has(key)) delete vals[key];
    }
    return vals;
  }

  private createOne(model: CompiledModel, input: unknown, ctx: Context): number {
    const vals = this.cleanVals(model, input);
    const { defaults, columns } = this.layout(model);
    const ctxDefaults = Object.keys(ctx).some((key) => key.startsWith('default_'));
    for (const field of ctxDefaults ? Object.values(model.fields) : defaults) {
      if (field.name in vals || field.delegatedTo) continue;
      if (ctxDefaults && ctx[`default_${field.name}`] !== undefined) vals[field.name] = ctx[`default_${field.name}`];
      else if (field.default) vals[field.name] = field.default(this, vals);
    }
    model.hooks.prepareCreate?.(this, vals, ctx);
    if (model.inherits) {
      const { model: parentName, field: link } = model.inherits;
      const parentVals: Vals = {};
      for (const key of Object.keys(vals)) {
        if (model.fields[key].delegatedTo) {
          parentVals[key] = vals[key];
          delete vals[key];
        }
      }
      if (vals[link] === undefined || vals[link] === false || vals[link] === null) {
        vals[link] = this.createOne(this.model(parentName), parentVals, { ...ctx, create_product_product: false });
      } else if (Object.keys(parentVals).length) {
        this.writeRecords(parentName, [vals[link] as number], parentVals, ctx);
      }
    }
    const table = this.table(model.name);
    const id = table.nextId++;
    const now = this.now();
    const row: Row = { id, create_date: now, create_uid: this.uid, write_date: now, write_uid: this.uid };
    const later: Array<[CompiledField, unknown]> = [];
    for (const [key, value] of Object.entries(vals)) {
      const field = model.fields[key];
      if (field.compute || X2MANY.has(field.type)) {
        if (!field.compute || field.inverse) later.push([field, value]);
        if (field.type === 'many2many' && !field.compute) row[key] = [];
        continue;
      }
      row[key] = toCache(model, field, value);
    }
    for (const field of columns) if (!(field.name in row)) row[field.name] = emptyValue(field);
    this.checkColumns(model, row, Object.keys(row));
    this.insert(model.name, row);
    for (const [field, value] of later) {
      if (field.compute) field.inverse!(this, [id], value, ctx);
      else this.applyX2many(model, field, [id], value, ctx);
    }
    model.hooks.afterCreate?.(this, id, vals, ctx);
    model.hooks.constrain?.(this, [id]);
    return id;
  }

  /** The fields with a default, and the stored columns, of a model (computed once). */
  private layout(model: CompiledModel): { defaults: CompiledField[]; columns: CompiledField[] } {
    let layout = this.layouts.get(model.name);
    if (!layout) {
      const fields = Object.values(model.fields);
      layout = { defaults: fields.filter((f) => f.default), columns: fields.filter((f) => this.isColumn(f)) };
      this.layouts.set(model.name, layout);
    }
    return layout;
  }

  private isColumn(field: CompiledField): boolean {
    return !field.compute && !field.delegatedTo && field.type !== 'one2many' && !MAGIC.has(field.name);
  }

  writeRecords(modelName: string, idsInput: unknown, input: unknown, ctx: Context): true {
    const model = this.model(modelName);
    const ids = this.idList(idsInput);
    const vals = this.cleanVals(model, input);
    const table = this.table(model.name);
    const missing = ids.filter((id) => !table.rows.has(id));
    if (missing.length) {
      throw missingError(
        'One of the documents you are trying to access has been deleted, please try again after refreshing.' +
          `\n\n(Document type: ${model.name}, Operation: write, Records: ${pyRepr(missing.slice(0, 6))}, User: ${this.uid})`,
      );
    }
    if (!ids.length) return true;
    model.hooks.prepareWrite?.(this, ids, vals, ctx);
    if (model.inherits) {
      const parentVals: Vals = {};
      for (const key of Object.keys(vals)) {
        if (model.fields[key].delegatedTo) {
          parentVals[key] = vals[key];
          delete vals[key];
        }
      }
      if (Object.keys(parentVals).length) {
        const link = model.inherits.field;
        const parentIds = [...new Set(ids.map((id) => table.rows.get(id)![link] as number))];
        this.writeRecords(model.inherits.model, parentIds, parentVals, ctx);
      }
    }
    const now = this.now();
    const plain: Array<[string, CacheValue]> = [];
    const later: Array<[CompiledField, unknown]> = [];
    for (const [key, value] of Object.entries(vals)) {
      const field = model.fields[key];
      if (field.compute || X2MANY.has(field.type)) {
        // A computed field without inverse takes the value in cache only: nothing is stored.
        if (!field.compute || field.inverse) later.push([field, value]);
        continue;
      }
      plain.push([key, toCache(model, field, value)]);
    }
    const changes: Record<string, CacheValue> = { ...Object.fromEntries(plain), write_date: now, write_uid: this.uid };
    for (const id of ids) {
      const row = table.rows.get(id)!;
      this.mutate(model.name, row, changes);
      this.checkColumns(
        model,
        row,
        plain.map(([key]) => key),
      );
    }
    for (const [field, value] of later) {
      if (field.compute) field.inverse!(this, ids, value, ctx);
      else this.applyX2many(model, field, ids, value, ctx);
    }
    model.hooks.afterWrite?.(this, ids, vals, ctx);
    model.hooks.constrain?.(this, ids);
    return true;
  }

  /**
   * Deletes records. Deleted ids are ignored, as Odoo does. References follow
   * their ondelete rule the way PostgreSQL applies it: cascade (without the
   * children's Python checks), set null (without touching write_date), restrict.
   */
  unlinkRecords(modelName: string, idsInput: unknown, ctx: Context, viaCascade = false): true {
    const model = this.model(modelName);
    const table = this.table(model.name);
    const ids = this.idList(idsInput).filter((id) => table.rows.has(id));
    if (!ids.length) return true;
    if (!viaCascade) model.hooks.beforeUnlink?.(this, ids, ctx);
    const doomed = new Set(ids);
    for (const { owner: refModel, field: ref } of this.referrers.get(model.name) ?? []) {
      const refTable = this.table(refModel.name);
      if (ref.type === 'many2many') {
        for (const row of refTable.rows.values()) {
          const list = row[ref.name] as number[];
          if (list.some((id) => doomed.has(id))) {
            this.mutate(refModel.name, row, { [ref.name]: list.filter((id) => !doomed.has(id)) });
          }
        }
        continue;
      }
      const hits: Row[] = [];
      for (const row of refTable.rows.values()) {
        if (doomed.has(row[ref.name] as number) && !(refModel.name === model.name && doomed.has(row.id)))
          hits.push(row);
      }
      if (!hits.length) continue;
      const ondelete = ref.ondelete ?? (ref.required ? 'restrict' : 'set null');
      if (ondelete === 'restrict') throw this.foreignKeyError(refModel, ref);
      if (ondelete === 'cascade') {
        this.unlinkRecords(
          refModel.name,
          hits.map((row) => row.id),
          ctx,
          true,
        );
      } else {
        for (const row of hits) this.mutate(refModel.name, row, { [ref.name]: null });
      }
    }
    const removed: Row[] = [];
    for (const id of ids) {
      const row = table.rows.get(id)!;
      this.remove(model.name, row);
      removed.push(row);
    }
    if (!viaCascade) model.hooks.afterUnlink?.(this, ids, removed, ctx);
    return true;
  }

  // ---------------------------------------------------------------- x2many commands

  /**
   * Applies x2many commands: (0, 0, vals) create, (1, id, vals) update,
   * (2, id) delete, (3, id) unlink, (4, id) link, (5,) clear, (6, 0, ids) set.
   * A plain list of ids sets a many2many, False clears.
   */
  private applyX2many(model: CompiledModel, field: CompiledField, ids: number[], value: unknown, ctx: Context): void {
    const commands = this.commands(model, field, value);
    for (const id of ids) {
      if (field.type === 'one2many') this.applyOne2many(field, id, commands, ctx);
      else this.applyMany2many(model, field, id, commands, ctx);
    }
  }

  private commands(model: CompiledModel, field: CompiledField, value: unknown): unknown[][] {
    if (value === false || value === null || value === undefined) return [[5]];
    if (!Array.isArray(value)) throw valueError(`Wrong value for ${model.name}.${field.name}: ${pyRepr(value)}`);
    if (value.every((item) => typeof item === 'number')) return [[6, 0, value]];
    return value.map((item) => {
      if (!Array.isArray(item) || typeof item[0] !== 'number' || item[0] < 0 || item[0] > 6) {
        throw valueError(`Wrong value for ${model.name}.${field.name}: ${pyRepr(value)}`);
      }
      return item;
    });
  }

  private applyOne2many(field: CompiledField, parentId: number, commands: unknown[][], ctx: Context): void {
    const comodel = this.model(field.relation!);
    const inverse = field.inverseName!;
    // Unlinking a line whose link to the parent cascades deletes it (One2many.write_real).
    const detach = (childIds: number[]) => {
      if (!childIds.length) return;
      if (comodel.fields[inverse].ondelete === 'cascade') this.unlinkRecords(comodel.name, childIds, ctx);
      else this.writeRecords(comodel.name, childIds, { [inverse]: false }, ctx);
    };
    for (const [code, cid, payload] of commands as [number, number, unknown][]) {
      switch (code) {
        case 0:
          this.createOne(comodel, { ...(isPlainObject(payload) ? payload : {}), [inverse]: parentId }, ctx);
          break;
        case 1:
          this.writeRecords(comodel.name, [cid], payload ?? {}, ctx);
          break;
        case 2:
          this.unlinkRecords(comodel.name, [cid], ctx);
          break;
        case 3:
          detach([cid]);
          break;
        case 4:
          this.writeRecords(comodel.name, [cid], { [inverse]: parentId }, ctx);
          break;
        case 5:
          detach(this.o2mIds(comodel.name, inverse, parentId));
          break;
        case 6: {
          const wanted = this.idList(payload ?? []);
          const current = this.o2mIds(comodel.name, inverse, parentId);
          detach(current.filter((id) => !wanted.includes(id)));
          const added = wanted.filter((id) => !current.includes(id));
          if (added.length) this.writeRecords(comodel.name, added, { [inverse]: parentId }, ctx);
          break;
        }
      }
    }
  }

  private applyMany2many(
    model: CompiledModel,
    field: CompiledField,
    id: number,
    commands: unknown[][],
    ctx: Context,
  ): void {
    const comodel = this.model(field.relation!);
    const row = () => this.row(model.name, id)!;
    let list = [...((row()[field.name] as number[]) ?? [])];
    for (const [code, cid, payload] of commands as [number, number, unknown][]) {
      switch (code) {
        case 0:
          list.push(this.createOne(comodel, payload, ctx));
          break;
        case 1:
          this.writeRecords(comodel.name, [cid], payload ?? {}, ctx);
          break;
        case 2:
          this.unlinkRecords(comodel.name, [cid], ctx);
          list = list.filter((x) => x !== cid);
          break;
        case 3:
          list = list.filter((x) => x !== cid);
          break;
        case 4:
          if (!list.includes(cid)) list.push(cid);
          break;
        case 5:
          list = [];
          break;
        case 6:
          list = [...new Set(this.idList(payload ?? []))];
          break;
      }
    }
    for (const target of list) {
      if (!this.row(comodel.name, target)) throw this.foreignKeyError(model, field);
    }
    this.mutate(model.name, row(), { [field.name]: list });
  }

  // ---------------------------------------------------------------- helpers

  private idList(value: unknown): number[] {
    const list = Array.isArray(value) ? value : value === false || value === null || value === undefined ? [] : [value];
    for (const id of list) {
      if (typeof id !== 'number' || !Number.isInteger(id)) {
        throw valueError(`Invalid ids: ${pyRepr(value)}: ids must be integers`);
      }
    }
    return [...new Set(list as number[])];
  }

  private table(model: string): Table {
    const table = this.tables.get(model);
    if (!table) throw keyError(model);
    return table;
  }

  private remember(model: string, id: number, row: Row | null): void {
    if (!this.snapshots) return;
    const key = `${model}:${id}`;
    if (!this.snapshots.has(key)) this.snapshots.set(key, { model, id, row: row ? { ...row } : null });
  }

  private rollback(): void {
    const touched = new Set<string>();
    for (const { model, id, row } of this.snapshots!.values()) {
      const table = this.table(model);
      if (row) table.rows.set(id, row);
      else table.rows.delete(id);
      touched.add(model);
    }
    for (const model of touched) {
      const table = this.table(model);
      // Restored deletions were appended: put the table back in id order.
      table.rows = new Map([...table.rows.entries()].sort((a, b) => a[0] - b[0]));
      this.indexes.delete(model);
    }
  }

  /** NOT NULL and foreign key checks, as PostgreSQL does them when the row is written. */
  private checkColumns(model: CompiledModel, row: Row, keys: string[]): void {
    for (const key of keys) {
      const field = model.fields[key];
      if (!field || !this.isColumn(field) || field.type === 'many2many') continue;
      if (field.required && row[key] === null) throw this.notNullError(model, field);
      if (field.type === 'many2one' && row[key] !== null && !this.row(field.relation!, row[key] as number)) {
        throw this.foreignKeyError(model, field);
      }
    }
  }

  /** service/model.py's conversion of a NOT NULL violation (16–17), model._sql_error_to_message (18+). */
  notNullError(model: CompiledModel, field: CompiledField) {
    if (this.version <= 17) {
      return validationError(
        'The operation cannot be completed:\n' +
          '- Create/update: a mandatory field is not set.\n' +
          '- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n' +
          `Model: ${model.description} (${model.name})\nField: ${field.string} (${field.name})\n`,
      );
    }
    return validationError(
      `The operation cannot be completed: Missing required value for the field '${field.string}' (${field.name}).\n` +
        `Model: '${model.description}' (${model.name})\n` +
        '- create/update: a mandatory field is not set\n' +
        '- delete: another model requires the record being deleted, you can archive it instead\n',
    );
  }

  /** A foreign key violation (a missing target, or a restricted delete), converted as Odoo converts it. */
  foreignKeyError(model: CompiledModel, field: CompiledField) {
    if (this.version <= 17) {
      return validationError(
        'The operation cannot be completed: another model requires the record being deleted. ' +
          'If possible, archive it instead.\n\n' +
          `Model: ${model.description} (${model.name})\n` +
          `Constraint: ${model.name.replace(/\./g, '_')}_${field.name}_fkey\n`,
      );
    }
    return validationError(
      'The operation cannot be completed: Another model is using the record you are trying to delete.\n\n' +
        `The troublemaker is: '${model.description}' (${model.name})\n` +
        `Thanks to the following constraint: '${field.string}' (${field.name})\n` +
        'How about archiving the record instead?',
    );
  }
}
