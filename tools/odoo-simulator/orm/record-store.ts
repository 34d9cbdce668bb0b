/**
 * The simulated database under the ORM: one table (a Map in id order) per
 * model, the foreign keys between them, one2many indexes, sequences, and
 * transactions (one per RPC call: a failing call leaves nothing behind, and
 * every record it writes gets the same write_date).
 */
import { keyError } from '../odoo-exception.js';
import { formatDatetime } from './field-values.js';
import type { CacheValue, CompiledField, CompiledModel, Row } from './model-spec.js';

export interface Table {
  rows: Map<number, Row>;
  nextId: number;
}

/** A many2one or many2many column and the model holding it. */
export interface Referrer {
  owner: CompiledModel;
  field: CompiledField;
}

export class RecordStore {
  private readonly tables = new Map<string, Table>();
  /** For each model, the many2one and many2many fields pointing to it, with the model holding them. */
  private readonly referrers = new Map<string, Referrer[]>();
  /**
   * one2many indexes, built on first use and then kept up to date on every
   * change: model → many2one field → target id → ids pointing to it.
   */
  private readonly indexes = new Map<string, Map<string, Map<number, Set<number>>>>();
  private readonly sequences = new Map<string, number>();
  private clock = 0;
  private txnTime: number | null = null;
  private fixedTime: number | null = null;
  /** Rows as they were before the current transaction touched them (null: created in it). */
  private snapshots: Map<string, { model: string; id: number; row: Row | null }> | null = null;

  constructor(models: Iterable<CompiledModel>) {
    for (const model of models) {
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

  table(model: string): Table {
    const table = this.tables.get(model);
    if (!table) throw keyError(model);
    return table;
  }

  /** The columns that reference `model` (what its ondelete rules apply to). */
  referrersOf(model: string): Referrer[] {
    return this.referrers.get(model) ?? [];
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

  nextSequence(code: string, prefix: string, padding = 5): string {
    const next = (this.sequences.get(code) ?? 0) + 1;
    this.sequences.set(code, next);
    return `${prefix}${String(next).padStart(padding, '0')}`;
  }

  // ---------------------------------------------------------------- one2many indexes

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

  // ---------------------------------------------------------------- row changes

  /** Every row change goes through here: undo log, indexes, then the new values. */
  mutate(model: string, row: Row, changes: Record<string, CacheValue>): void {
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

  insert(model: string, row: Row): void {
    this.remember(model, row.id, null);
    this.table(model).rows.set(row.id, row);
    for (const [field, index] of this.indexes.get(model) ?? []) this.indexAdd(index, row[field], row.id);
  }

  remove(model: string, row: Row): void {
    this.remember(model, row.id, row);
    this.table(model).rows.delete(row.id);
    for (const [field, index] of this.indexes.get(model) ?? []) {
      if (typeof row[field] === 'number') index.get(row[field] as number)?.delete(row.id);
    }
  }

  // ---------------------------------------------------------------- transactions and time

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
}
