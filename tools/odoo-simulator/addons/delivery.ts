/**
 * The carrier's tracking reference on a transfer (addons/delivery/models/stock_picking.py
 * in 16–17, addons/stock_delivery/models/stock_picking.py in 18+). A plain
 * stored field: writing it re-dates the picking, never its sale order.
 */
import { char } from '../orm/fields.js';
import type { ModelExtension } from '../orm/inherit.js';

export const deliveryExtensions = (): ModelExtension[] => [
  { inherit: 'stock.picking', fields: { carrier_tracking_ref: char('Tracking Reference') } },
];
