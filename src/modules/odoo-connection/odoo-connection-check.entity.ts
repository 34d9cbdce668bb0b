import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/** One problem as stored (src/odoo/check/odoo-check.ts `OdooCheckProblem`). */
export interface StoredOdooProblem {
  model: string | null;
  operation: string | null;
  field: string | null;
  message: string;
  fix: string;
}

/**
 * The last connection check of one Odoo connection, written by a worker at
 * its start (odoo-connection.service.ts, one SQL statement), read by every
 * API instance for `syncStatus.odooConnection`.
 */
@Entity({ tableName: 'odoo_connection_check' })
export class OdooConnectionCheck {
  /** The connection's key: the Odoo URL (without credentials) and database, as the circuit's. */
  @PrimaryKey({ type: 'text' })
  connection!: string;

  @Property({ type: 'boolean' })
  ok!: boolean;

  @Property({ type: 'text', nullable: true })
  protocol?: string | null;

  @Property({ type: 'text', nullable: true })
  version?: string | null;

  @Property({ type: 'datetime' })
  checkedAt!: Date;

  @Property({ type: 'json', defaultRaw: `'[]'` })
  problems: StoredOdooProblem[] = [];

  @Property({ type: 'json', defaultRaw: `'[]'` })
  notes: string[] = [];
}
