/**
 * unlink(): deleted ids are ignored, as Odoo does. References follow their
 * ondelete rule the way PostgreSQL applies it: cascade (without the
 * children's Python checks), set null (without touching write_date), restrict.
 */
import { idList } from './client-input.js';
import type { Context, Row } from './model-spec.js';
import type { RecordStore } from './record-store.js';
import type { SimEnv } from './sim-env.js';
import { foreignKeyError } from './sql-constraints.js';

export function unlinkRecords(
  env: SimEnv,
  store: RecordStore,
  modelName: string,
  idsInput: unknown,
  ctx: Context,
  viaCascade = false,
): true {
  const model = env.model(modelName);
  const table = store.table(model.name);
  const ids = idList(idsInput).filter((id) => table.rows.has(id));
  if (!ids.length) return true;
  if (!viaCascade) model.hooks.beforeUnlink?.(env, ids, ctx);
  const doomed = new Set(ids);
  for (const { owner: refModel, field: ref } of store.referrersOf(model.name)) {
    const refTable = store.table(refModel.name);
    if (ref.type === 'many2many') {
      for (const row of refTable.rows.values()) {
        const list = row[ref.name] as number[];
        if (list.some((id) => doomed.has(id))) {
          store.mutate(refModel.name, row, { [ref.name]: list.filter((id) => !doomed.has(id)) });
        }
      }
      continue;
    }
    const hits: Row[] = [];
    for (const row of refTable.rows.values()) {
      if (doomed.has(row[ref.name] as number) && !(refModel.name === model.name && doomed.has(row.id))) hits.push(row);
    }
    if (!hits.length) continue;
    const ondelete = ref.ondelete ?? (ref.required ? 'restrict' : 'set null');
    if (ondelete === 'restrict') throw foreignKeyError(env.version, refModel, ref);
    if (ondelete === 'cascade') {
      unlinkRecords(
        env,
        store,
        refModel.name,
        hits.map((row) => row.id),
        ctx,
        true,
      );
    } else {
      for (const row of hits) store.mutate(refModel.name, row, { [ref.name]: null });
    }
  }
  const removed: Row[] = [];
  for (const id of ids) {
    const row = table.rows.get(id)!;
    store.remove(model.name, row);
    removed.push(row);
  }
  if (!viaCascade) model.hooks.afterUnlink?.(env, ids, removed, ctx);
  return true;
}
