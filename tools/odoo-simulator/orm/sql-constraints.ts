/**
 * The constraints PostgreSQL enforces on a row when it is written (NOT NULL,
 * foreign keys, restricted deletes), and the ValidationError Odoo turns each
 * violation into, worded per version.
 */
import { validationError } from '../odoo-exception.js';
import { isColumn, type CompiledField, type CompiledModel, type OdooVersion, type Row } from './model-spec.js';
import type { RecordStore } from './record-store.js';

/** NOT NULL and foreign key checks, as PostgreSQL does them when the row is written. */
export function checkColumns(
  version: OdooVersion,
  store: RecordStore,
  model: CompiledModel,
  row: Row,
  keys: string[],
): void {
  for (const key of keys) {
    const field = model.fields[key];
    if (!field || !isColumn(field) || field.type === 'many2many') continue;
    if (field.required && row[key] === null) throw notNullError(version, model, field);
    if (field.type === 'many2one' && row[key] !== null && !store.row(field.relation!, row[key] as number)) {
      throw foreignKeyError(version, model, field);
    }
  }
}

/** service/model.py's conversion of a NOT NULL violation (16–17), model._sql_error_to_message (18+). */
export function notNullError(version: OdooVersion, model: CompiledModel, field: CompiledField) {
  if (version <= 17) {
    return validationError(
      'The operation cannot be completed:\n' +
        '- Create/update: a mandatory field is not set.\n' +
        '- Delete: another model requires the record being deleted. If possible, archive it instead.\n\n' +
        `Model: ${model.description} (${model.name})\nField: ${field.string} (${field.name})\n`,
    );
  }
  return validationError(
    `The operation cannot be completed: Missing required value for the field '${field.string}' (${field.name}).\n` +
      `Model: '${model.description}' (${model.name})\n` +
      '- create/update: a mandatory field is not set\n' +
      '- delete: another model requires the record being deleted, you can archive it instead\n',
  );
}

/** A foreign key violation (a missing target, or a restricted delete), converted as Odoo converts it. */
export function foreignKeyError(version: OdooVersion, model: CompiledModel, field: CompiledField) {
  if (version <= 17) {
    return validationError(
      'The operation cannot be completed: another model requires the record being deleted. ' +
        'If possible, archive it instead.\n\n' +
        `Model: ${model.description} (${model.name})\n` +
        `Constraint: ${model.name.replace(/\./g, '_')}_${field.name}_fkey\n`,
    );
  }
  return validationError(
    'The operation cannot be completed: Another model is using the record you are trying to delete.\n\n' +
      `The troublemaker is: '${model.description}' (${model.name})\n` +
      `Thanks to the following constraint: '${field.string}' (${field.name})\n` +
      'How about archiving the record instead?',
  );
}
