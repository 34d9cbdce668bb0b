/**
 * write(): every id must exist (else a MissingError), the `_inherits` parent
 * takes its own fields, columns are written with one write_date, then x2many
 * commands, inverses, hooks and Python constraints.
 */
import { missingError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import { cleanVals, idList } from './client-input.js';
import { toCache } from './field-values.js';
import { X2MANY, type CacheValue, type CompiledField, type Context, type Vals } from './model-spec.js';
import type { RecordStore } from './record-store.js';
import type { SimEnv } from './sim-env.js';
import { checkColumns } from './sql-constraints.js';
import { contextLang, translatedWrite } from './translations.js';
import { applyX2many } from './x2many-commands.js';

export function writeRecords(
  env: SimEnv,
  store: RecordStore,
  modelName: string,
  idsInput: unknown,
  input: unknown,
  ctx: Context,
): true {
  const model = env.model(modelName);
  const ids = idList(idsInput);
  const vals = cleanVals(model, input);
  const table = store.table(model.name);
  const missing = ids.filter((id) => !table.rows.has(id));
  if (missing.length) {
    throw missingError(
      'One of the documents you are trying to access has been deleted, please try again after refreshing.' +
        `\n\n(Document type: ${model.name}, Operation: write, Records: ${pyRepr(missing.slice(0, 6))}, User: ${env.uid})`,
    );
  }
  if (!ids.length) return true;
  model.hooks.prepareWrite?.(env, ids, vals, ctx);
  if (model.inherits) {
    const parentVals: Vals = {};
    for (const key of Object.keys(vals)) {
      if (model.fields[key].delegatedTo) {
        parentVals[key] = vals[key];
        delete vals[key];
      }
    }
    if (Object.keys(parentVals).length) {
      const link = model.inherits.field;
      const parentIds = [...new Set(ids.map((id) => table.rows.get(id)![link] as number))];
      writeRecords(env, store, model.inherits.model, parentIds, parentVals, ctx);
    }
  }
  const now = store.now();
  const plain: Array<[string, CacheValue]> = [];
  const translated: Array<[string, CacheValue]> = [];
  const later: Array<[CompiledField, unknown]> = [];
  for (const [key, value] of Object.entries(vals)) {
    const field = model.fields[key];
    if (field.compute || X2MANY.has(field.type)) {
      // A computed field without inverse takes the value in cache only: nothing is stored.
      if (!field.compute || field.inverse) later.push([field, value]);
      continue;
    }
    (field.translate ? translated : plain).push([key, toCache(model, field, value)]);
  }
  const changes: Record<string, CacheValue> = { ...Object.fromEntries(plain), write_date: now, write_uid: env.uid };
  const lang = translated.length ? contextLang(env, ctx) : null;
  for (const id of ids) {
    const row = table.rows.get(id)!;
    // A translated field's write depends on what the row holds (translations.ts).
    const own = translated.map(([key, value]) => translatedWrite(row, key, value, lang));
    store.mutate(model.name, row, Object.assign({}, changes, ...own));
    checkColumns(
      env.version,
      store,
      model,
      row,
      [...plain, ...translated].map(([key]) => key),
    );
  }
  for (const [field, value] of later) {
    if (field.compute) field.inverse!(env, ids, value, ctx);
    else applyX2many(env, store, model, field, ids, value, ctx);
  }
  model.hooks.afterWrite?.(env, ids, vals, ctx);
  model.hooks.constrain?.(env, ids);
  return true;
}
