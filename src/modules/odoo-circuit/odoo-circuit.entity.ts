import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CircuitState } from '../../domain/enums.js';

/**
 * The circuit of one Odoo connection (src/odoo/odoo-circuit.ts), shared by
 * every worker through this row. Written by single SQL statements
 * (odoo-circuit.service.ts), never by a flush.
 */
@Entity({ tableName: 'odoo_circuit' })
export class OdooCircuit {
  /** The connection's key: the Odoo URL (without credentials) and database, e.g. `https://erp.example/ odoo`. */
  @PrimaryKey({ type: 'text' })
  connection!: string;

  @Enum({ items: () => CircuitState, default: CircuitState.CLOSED })
  state: CircuitState = CircuitState.CLOSED;

  /** When it last opened (kept while it stays open). */
  @Property({ type: 'datetime', nullable: true })
  openedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  /** When a probe last asked Odoo, answered or not. */
  @Property({ type: 'datetime', nullable: true })
  lastProbeAt?: Date | null;

  /** The connection failure that opened it, or the last probe's. */
  @Property({ type: 'text', nullable: true })
  lastError?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Date = new Date();
}
