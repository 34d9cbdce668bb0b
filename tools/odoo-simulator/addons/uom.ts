/** The uom addon: units of measure (products and order lines point to them). */
import { active, char } from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';

export const uomModels = (): ModelSpec[] => [
  {
    name: 'uom.uom',
    description: 'Product Unit of Measure',
    order: 'id',
    fields: { name: char('Unit of Measure', { required: true }), active: active() },
  },
];
