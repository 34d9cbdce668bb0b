import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * An Odoo pricelist rule (product.pricelist.item) the hub priced from: not the
 * rule (Odoo has it, and the hub reads a pricelist's rules whole when one of
 * them changes), but what the hub must remember between pulls: which pricelist
 * a rule that vanishes belonged to, and its date window, whose ends are the
 * moments the pricelist's prices change without anything being written in Odoo.
 */
@Entity({ tableName: 'pricelist_rule' })
@Index({ name: 'pricelist_rule_pricelist_odoo_id_index', properties: ['pricelistOdooId'] })
export class PricelistRule {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  odooId!: number;

  @Property({ type: 'integer' })
  pricelistOdooId!: number;

  /** Odoo's naive UTC datetimes, as instants. */
  @Property({ type: 'datetime', nullable: true })
  dateStart?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  dateEnd?: Date | null;
}
