import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar, DecimalScalar } from '../common/scalars.js';

/**
 * What became of a sale order in Odoo, as Odoo says it (its own selection
 * values, not the hub's): stored as JSON on the order (`odoo_status`), written
 * by the push's read-back and by every pull, and diffed by key, so a change
 * is an event naming the value (`odooStatus.state`).
 */
export interface OdooStatus {
  /** sale.order `state`: draft, sent, sale, done (16), cancel. */
  state: string;
  /** `invoice_status`: upselling, invoiced, to invoice, no. */
  invoiceStatus: string | null;
  /** `delivery_status` (sale_stock, 17+): pending, started, partial, full; derived from the pickings on 16. */
  deliveryStatus: string | null;
  /** From the posted customer invoices' `payment_state`: not_paid, partial, in_payment, paid, reversed. */
  paymentState: string | null;
  amountUntaxed: string | null;
  amountTax: string | null;
  amountTotal: string | null;
  /** ISO 4217 code. */
  currency: string | null;
  /** The pickings' `carrier_tracking_ref`s, in picking order. */
  trackingRefs: string[];
  /** When Odoo confirmed the order (its `date_order`, which confirmation sets), ISO 8601; null before. */
  confirmedAt: string | null;
}

@ObjectType('SaleOrderOdooStatus', {
  description: "Odoo's own values (sale.order state, invoice_status, delivery_status, the invoices' payment_state).",
})
export class SaleOrderOdooStatus implements Omit<OdooStatus, 'confirmedAt'> {
  @Field(() => String)
  state!: string;

  @Field(() => String, { nullable: true })
  invoiceStatus!: string | null;

  @Field(() => String, { nullable: true })
  deliveryStatus!: string | null;

  @Field(() => String, { nullable: true })
  paymentState!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amountUntaxed!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amountTax!: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  amountTotal!: string | null;

  @Field(() => String, { nullable: true, description: "ISO 4217 code of the order's currency." })
  currency!: string | null;

  @Field(() => [String])
  trackingRefs!: string[];

  /** Stored as ISO text in JSON; the scalar serialises it as the contract's DateTime. */
  @Field(() => DateTimeScalar, { nullable: true })
  confirmedAt!: Date | string | null;
}
