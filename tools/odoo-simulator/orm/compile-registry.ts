/**
 * Compiles model specs into the registry the env and the protocols use:
 * the magic fields every model has, the generic methods, and the fields a
 * child model reads through `_inherits`.
 */
import { genericMethods } from './base-methods.js';
import { char, datetime, integer, many2one } from './fields.js';
import type { CompiledField, CompiledModel, FieldSpec, ModelSpec, OdooVersion, Row } from './model-spec.js';
import type { SimEnv } from './sim-env.js';

function magicFields(version: OdooVersion, displayName: (env: SimEnv, row: Row) => string): Record<string, FieldSpec> {
  return {
    id: integer('ID', { readonly: true }),
    display_name: char('Display Name', { compute: (env, row) => displayName(env, row) }),
    create_uid: many2one('res.users', 'Created by', { readonly: true }),
    create_date: datetime('Created on', { readonly: true }),
    write_uid: many2one('res.users', 'Last Updated by', { readonly: true }),
    write_date: datetime('Last Updated on', { readonly: true }),
    // Odoo 17 dropped __last_update.
    ...(version === 16
      ? { __last_update: datetime('Last Modified on', { compute: (_env, row) => row.write_date, store: false }) }
      : {}),
  };
}

/** Compiles the model specs of one Odoo version, in their order. */
export function compileRegistry(version: OdooVersion, specs: ModelSpec[]): Map<string, CompiledModel> {
  const generic = genericMethods(version);
  const registry = new Map<string, CompiledModel>();
  for (const spec of specs) {
    const recName = spec.recName ?? ('name' in spec.fields ? 'name' : null);
    const displayName =
      spec.displayName ??
      ((_env: SimEnv, row: Row) => (recName ? String(row[recName] ?? '') : `${spec.name},${row.id}`));
    const fields: Record<string, CompiledField> = {};
    for (const [name, field] of Object.entries({ ...magicFields(version, displayName), ...spec.fields })) {
      fields[name] = { ...field, name };
    }
    registry.set(spec.name, {
      name: spec.name,
      description: spec.description,
      order: spec.order,
      recName,
      parentName: spec.parentName ?? null,
      inherits: spec.inherits ?? null,
      fields,
      hasActive: 'active' in fields,
      displayName,
      methods: { ...generic, ...spec.methods },
      hooks: spec.hooks ?? {},
    });
  }
  // _inherits: the child reads and writes the parent's fields it does not define itself.
  for (const model of registry.values()) {
    if (!model.inherits) continue;
    const parent = registry.get(model.inherits.model)!;
    for (const [name, field] of Object.entries(parent.fields)) {
      if (!(name in model.fields)) model.fields[name] = { ...field, delegatedTo: parent.name };
    }
  }
  return registry;
}
