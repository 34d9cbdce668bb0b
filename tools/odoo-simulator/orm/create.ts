/**
 * create(): defaults (the context's `default_*` first), the model's own
 * completion of the vals, the `_inherits` parent, the row, then x2many
 * commands, inverses, hooks and Python constraints.
 */
import { cleanVals } from './client-input.js';
import { emptyValue, toCache } from './field-values.js';
import {
  X2MANY,
  isColumn,
  type CompiledField,
  type CompiledModel,
  type Context,
  type Row,
  type Vals,
} from './model-spec.js';
import type { RecordStore } from './record-store.js';
import type { SimEnv } from './sim-env.js';
import { checkColumns } from './sql-constraints.js';
import { contextLang, translationKey } from './translations.js';
import { applyX2many } from './x2many-commands.js';

interface Layout {
  defaults: CompiledField[];
  columns: CompiledField[];
}

const layouts = new WeakMap<CompiledModel, Layout>();

/** The fields with a default, and the stored columns, of a model (computed once). */
function layout(model: CompiledModel): Layout {
  let layout = layouts.get(model);
  if (!layout) {
    const fields = Object.values(model.fields);
    layout = { defaults: fields.filter((f) => f.default), columns: fields.filter((f) => isColumn(f)) };
    layouts.set(model, layout);
  }
  return layout;
}

export function createRecords(
  env: SimEnv,
  store: RecordStore,
  modelName: string,
  valsList: unknown[],
  ctx: Context,
): number[] {
  const model = env.model(modelName);
  return valsList.map((vals) => createOne(env, store, model, vals, ctx));
}

function createOne(env: SimEnv, store: RecordStore, model: CompiledModel, input: unknown, ctx: Context): number {
  const vals = cleanVals(model, input);
  const { defaults, columns } = layout(model);
  const ctxDefaults = Object.keys(ctx).some((key) => key.startsWith('default_'));
  for (const field of ctxDefaults ? Object.values(model.fields) : defaults) {
    if (field.name in vals || field.delegatedTo) continue;
    if (ctxDefaults && ctx[`default_${field.name}`] !== undefined) vals[field.name] = ctx[`default_${field.name}`];
    else if (field.default) vals[field.name] = field.default(env, vals, ctx);
  }
  model.hooks.prepareCreate?.(env, vals, ctx);
  if (model.inherits) {
    const { model: parentName, field: link } = model.inherits;
    const parentVals: Vals = {};
    for (const key of Object.keys(vals)) {
      if (model.fields[key].delegatedTo) {
        parentVals[key] = vals[key];
        delete vals[key];
      }
    }
    if (vals[link] === undefined || vals[link] === false || vals[link] === null) {
      vals[link] = createOne(env, store, env.model(parentName), parentVals, { ...ctx, create_product_product: false });
    } else if (Object.keys(parentVals).length) {
      env.writeRecords(parentName, [vals[link] as number], parentVals, ctx);
    }
  }
  const table = store.table(model.name);
  const id = table.nextId++;
  const now = store.now();
  const row: Row = { id, create_date: now, create_uid: env.uid, write_date: now, write_uid: env.uid };
  const later: Array<[CompiledField, unknown]> = [];
  for (const [key, value] of Object.entries(vals)) {
    const field = model.fields[key];
    if (field.compute || X2MANY.has(field.type)) {
      if (!field.compute || field.inverse) later.push([field, value]);
      if (field.type === 'many2many' && !field.compute) row[key] = [];
      continue;
    }
    row[key] = toCache(model, field, value);
    // Created in a language: that language and en_US both hold the value (translations.ts).
    const lang = field.translate && row[key] !== null ? contextLang(env, ctx) : null;
    if (lang) row[translationKey(key, lang)] = row[key];
  }
  for (const field of columns) if (!(field.name in row)) row[field.name] = emptyValue(field);
  checkColumns(env.version, store, model, row, Object.keys(row));
  store.insert(model.name, row);
  for (const [field, value] of later) {
    if (field.compute) field.inverse!(env, [id], value, ctx);
    else applyX2many(env, store, model, field, [id], value, ctx);
  }
  model.hooks.afterCreate?.(env, id, vals, ctx);
  model.hooks.constrain?.(env, [id]);
  return id;
}
