/** The uom addon: units of measure (products and order lines point to them). */
import { active, always, char, float } from '../orm/fields.js';
import type { ModelSpec } from '../orm/model-spec.js';

export const uomModels = (): ModelSpec[] => [
  {
    name: 'uom.uom',
    description: 'Product Unit of Measure',
    order: 'id',
    // uom/models/uom_uom.py: the name is translated; `factor` is how many of this unit make the
    // reference unit of its category (Dozens: 1/12). 19 keeps `factor` (computed from relative_factor).
    fields: {
      name: char('Unit of Measure', { required: true, translate: true }),
      factor: float('Ratio', { required: true, default: always(1.0) }),
      active: active(),
    },
  },
];
