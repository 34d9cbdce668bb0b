/**
 * x2many commands, as create() and write() take them for one2many and
 * many2many fields: (0, 0, vals) create, (1, id, vals) update, (2, id)
 * delete, (3, id) unlink, (4, id) link, (5,) clear, (6, 0, ids) set.
 */
import { valueError } from '../odoo-exception.js';
import { pyRepr } from '../python-values.js';
import { idList, isPlainObject } from './client-input.js';
import type { CompiledField, CompiledModel, Context } from './model-spec.js';
import type { RecordStore } from './record-store.js';
import type { SimEnv } from './sim-env.js';
import { foreignKeyError } from './sql-constraints.js';

/** Applies the commands to each record; a plain list of ids sets a many2many, False clears. */
export function applyX2many(
  env: SimEnv,
  store: RecordStore,
  model: CompiledModel,
  field: CompiledField,
  ids: number[],
  value: unknown,
  ctx: Context,
): void {
  const list = commands(model, field, value);
  for (const id of ids) {
    if (field.type === 'one2many') applyOne2many(env, field, id, list, ctx);
    else applyMany2many(env, store, model, field, id, list, ctx);
  }
}

function commands(model: CompiledModel, field: CompiledField, value: unknown): unknown[][] {
  if (value === false || value === null || value === undefined) return [[5]];
  if (!Array.isArray(value)) throw valueError(`Wrong value for ${model.name}.${field.name}: ${pyRepr(value)}`);
  if (value.every((item) => typeof item === 'number')) return [[6, 0, value]];
  return value.map((item) => {
    if (!Array.isArray(item) || typeof item[0] !== 'number' || item[0] < 0 || item[0] > 6) {
      throw valueError(`Wrong value for ${model.name}.${field.name}: ${pyRepr(value)}`);
    }
    return item;
  });
}

function applyOne2many(env: SimEnv, field: CompiledField, parentId: number, commands: unknown[][], ctx: Context): void {
  const comodel = env.model(field.relation!);
  const inverse = field.inverseName!;
  // Unlinking a line whose link to the parent cascades deletes it (One2many.write_real).
  const detach = (childIds: number[]) => {
    if (!childIds.length) return;
    if (comodel.fields[inverse].ondelete === 'cascade') env.unlinkRecords(comodel.name, childIds, ctx);
    else env.writeRecords(comodel.name, childIds, { [inverse]: false }, ctx);
  };
  for (const [code, cid, payload] of commands as [number, number, unknown][]) {
    switch (code) {
      case 0:
        env.createRecords(comodel.name, [{ ...(isPlainObject(payload) ? payload : {}), [inverse]: parentId }], ctx);
        break;
      case 1:
        env.writeRecords(comodel.name, [cid], payload ?? {}, ctx);
        break;
      case 2:
        env.unlinkRecords(comodel.name, [cid], ctx);
        break;
      case 3:
        detach([cid]);
        break;
      case 4:
        env.writeRecords(comodel.name, [cid], { [inverse]: parentId }, ctx);
        break;
      case 5:
        detach(env.o2mIds(comodel.name, inverse, parentId));
        break;
      case 6: {
        const wanted = idList(payload ?? []);
        const current = env.o2mIds(comodel.name, inverse, parentId);
        detach(current.filter((id) => !wanted.includes(id)));
        const added = wanted.filter((id) => !current.includes(id));
        if (added.length) env.writeRecords(comodel.name, added, { [inverse]: parentId }, ctx);
        break;
      }
    }
  }
}

function applyMany2many(
  env: SimEnv,
  store: RecordStore,
  model: CompiledModel,
  field: CompiledField,
  id: number,
  commands: unknown[][],
  ctx: Context,
): void {
  const comodel = env.model(field.relation!);
  const row = () => store.row(model.name, id)!;
  let list = [...((row()[field.name] as number[]) ?? [])];
  for (const [code, cid, payload] of commands as [number, number, unknown][]) {
    switch (code) {
      case 0:
        list.push(env.createRecords(comodel.name, [payload], ctx)[0]);
        break;
      case 1:
        env.writeRecords(comodel.name, [cid], payload ?? {}, ctx);
        break;
      case 2:
        env.unlinkRecords(comodel.name, [cid], ctx);
        list = list.filter((x) => x !== cid);
        break;
      case 3:
        list = list.filter((x) => x !== cid);
        break;
      case 4:
        if (!list.includes(cid)) list.push(cid);
        break;
      case 5:
        list = [];
        break;
      case 6:
        list = [...new Set(idList(payload ?? []))];
        break;
    }
  }
  for (const target of list) {
    if (!store.row(comodel.name, target)) throw foreignKeyError(env.version, model, field);
  }
  store.mutate(model.name, row(), { [field.name]: list });
}
