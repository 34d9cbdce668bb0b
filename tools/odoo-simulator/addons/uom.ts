/** The uom addon: units of measure (products and order lines point to them). */
import { active, char } from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';

export const uomModels = (): ModelSpec[] => [
  {
    name: 'uom.uom',
    description: 'Product Unit of Measure',
    order: 'id',
    // uom/models/uom_uom.py: the name is translated.
    fields: { name: char('Unit of Measure', { required: true, translate: true }), active: active() },
  },
];
