/**
 * The simulator's ORM, as `self.env` is in Odoo: the registry's models over a
 * record store, with the CRUD semantics of odoo/models.py (create.ts,
 * write.ts, unlink.ts, read.ts, search.ts) and a transaction per RPC call.
 */
import { bindArguments, publicMethod } from '../method-call.js';
import { keyError, missingError } from '../odoo-exception.js';
import { currentCompany } from './companies.js';
import { ALL_GROUPS, withImplied } from './access-rights.js';
import { createRecords } from './create.js';
import { emptyValue } from './field-values.js';
import type { CacheValue, CompiledField, CompiledModel, Context, OdooVersion, Row, Vals } from './model-spec.js';
import { readRecords, readValue, type ReadOptions, type ReadRecord } from './read.js';
import { RecordStore } from './record-store.js';
import { countIds, hierarchyClosure, nameSearchIds, searchIds, sortIds, type SearchOptions } from './search.js';
import { foreignKeyError, notNullError } from './sql-constraints.js';
import { unlinkRecords } from './unlink.js';
import { writeRecords } from './write.js';

export type { SearchOptions } from './search.js';
export type { ReadOptions, ReadRecord } from './read.js';

export class SimEnv {
  readonly version: OdooVersion;
  readonly uid: number;
  private readonly registry: Map<string, CompiledModel>;
  private readonly store: RecordStore;
  private groups: Set<string> = withImplied(ALL_GROUPS);

  constructor(version: OdooVersion, registry: Map<string, CompiledModel>, uid: number) {
    this.version = version;
    this.registry = registry;
    this.uid = uid;
    this.store = new RecordStore(registry.values());
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
    return this.readRecords(
      model,
      Array.isArray(ids) ? ids : [ids],
      fields,
      options.load ?? '_classic_read',
      options.context,
    );
  }

  /** Every record of a model, archived ones included, as read() returns them. */
  records(model: string, fields: string[] | null = null): ReadRecord[] {
    return this.readRecords(model, [...this.store.table(model).rows.keys()], fields, '_classic_read');
  }

  /**
   * Runs a public model method as execute_kw does (one transaction; Odoo's
   * exceptions thrown as OdooException), e.g. `call('sale.order', 'action_confirm', [id])`.
   * `ids` are ignored by @api.model methods; Python's None comes back as null.
   */
  call(
    model: string,
    method: string,
    ids: number[] = [],
    kwargs: Record<string, unknown> = {},
    ctx: Context = {},
  ): unknown {
    const spec = publicMethod(this, this.model(model), method);
    const bound = bindArguments(spec, [], kwargs);
    const result = this.transaction(() => spec.call(this, model, spec.api === 'records' ? ids : [], bound, ctx));
    return result === undefined ? null : result;
  }

  /** Moves write_date as a write that changes nothing would. */
  touch(model: string, ids: number | number[]): void {
    this.transaction(() => this.writeRecords(model, ids, {}, {}));
  }

  /** Runs `fn` as one transaction: all or nothing, one write_date for everything it writes. */
  transaction<T>(fn: () => T): T {
    return this.store.transaction(fn);
  }

  /** Runs `fn` with every timestamp at `ms` (seed data is dated in the past). */
  atTime<T>(ms: number, fn: () => T): T {
    return this.store.atTime(ms, fn);
  }

  /**
   * Runs `fn` as one transaction that began at `ms` (in the past) and commits
   * now: everything it writes is dated `ms`. Odoo dates a write with its
   * transaction's start: odoo/models.py `_write` and `_create` take
   * `self.env.cr.now()` (17+), which odoo/sql_db.py `Cursor.now` reads once
   * per transaction as `now() AT TIME ZONE 'UTC'`; 16 puts
   * `(now() at time zone 'UTC')` in the SQL itself, and PostgreSQL's `now()` is
   * the transaction's start too. So an import or a cron that runs for minutes
   * commits rows dated before pulls that ran meanwhile.
   */
  transactionStartedAt<T>(ms: number, fn: () => T): T {
    return this.atTime(ms, () => this.transaction(fn));
  }

  /** The API user's groups (xml ids) with the ones they imply: what its calls may do (orm/access-rights.ts). */
  get userGroups(): ReadonlySet<string> {
    return this.groups;
  }

  /** Gives the API user exactly these groups (and what they imply), as an administrator would in Settings / Users. */
  setUserGroups(groups: Iterable<string>): void {
    this.groups = withImplied(groups);
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
    return this.store.row(model, id);
  }

  rows(model: string): IterableIterator<Row> {
    return this.store.rows(model);
  }

  /** The id the model's last created record got (ids come from a sequence, as in PostgreSQL). */
  lastId(model: string): number {
    return this.store.lastId(model);
  }

  /** The transaction's timestamp: strictly after the previous transaction's, whatever the wall clock says. */
  now(): number {
    return this.store.now();
  }

  nowString(): string {
    return this.store.nowString();
  }

  nextSequence(code: string, prefix: string, padding = 5): string {
    return this.store.nextSequence(code, prefix, padding);
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
    return this.store.o2mIds(comodel, inverse, parentId);
  }

  /** Records under (`down`, child_of) or above (`up`, parent_of) the roots, roots included. */
  hierarchyClosure(model: CompiledModel, roots: Set<number>, direction: 'down' | 'up'): Set<number> {
    return hierarchyClosure(this, model, roots, direction);
  }

  /** _name_search over display names (active records only), collecting ids into `into`. */
  nameSearchIds(model: string, name: string, operator: string, into: Set<number>): Set<number> {
    return nameSearchIds(this, model, name, operator, into);
  }

  // ---------------------------------------------------------------- ORM operations (inside a transaction)

  searchIds(modelName: string, domain: unknown, options: SearchOptions = {}): number[] {
    return searchIds(this, modelName, domain, options);
  }

  countIds(modelName: string, domain: unknown, options: SearchOptions = {}): number {
    return countIds(this, modelName, domain, options);
  }

  /** env.company of a call (companies.ts): the context's first allowed company, else the user's. */
  company(ctx: Context = {}): number {
    return currentCompany(this, ctx);
  }

  /** Ids in the model's default order (what a one2many or many2many reads as). */
  sortIds(modelName: string, ids: number[]): number[] {
    return sortIds(this, modelName, ids);
  }

  readRecords(
    modelName: string,
    ids: number[],
    fields: string[] | null,
    load: unknown,
    ctx: Context = {},
  ): ReadRecord[] {
    return readRecords(this, modelName, ids, fields, load, ctx);
  }

  /** The read form: `false` for empty, many2one as `[id, name]` (or the id), datetimes as strings. */
  readValue(model: CompiledModel, row: Row, fname: string, classic = true): unknown {
    return readValue(this, model, row, fname, classic);
  }

  createRecords(modelName: string, valsList: unknown[], ctx: Context): number[] {
    return createRecords(this, this.store, modelName, valsList, ctx);
  }

  writeRecords(modelName: string, idsInput: unknown, input: unknown, ctx: Context): true {
    return writeRecords(this, this.store, modelName, idsInput, input, ctx);
  }

  /** Deletes records (see unlink.ts for the ondelete rules). */
  unlinkRecords(modelName: string, idsInput: unknown, ctx: Context, viaCascade = false): true {
    return unlinkRecords(this, this.store, modelName, idsInput, ctx, viaCascade);
  }

  /** service/model.py's conversion of a NOT NULL violation (16–17), model._sql_error_to_message (18+). */
  notNullError(model: CompiledModel, field: CompiledField) {
    return notNullError(this.version, model, field);
  }

  /** A foreign key violation (a missing target, or a restricted delete), converted as Odoo converts it. */
  foreignKeyError(model: CompiledModel, field: CompiledField) {
    return foreignKeyError(this.version, model, field);
  }
}
