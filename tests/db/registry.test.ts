import 'reflect-metadata';
import type { EntityClass } from '@mikro-orm/core';
import type { MikroORM } from '@mikro-orm/postgresql';
import { EntityType } from '../../src/domain/enums.js';
import {
  CLAIMED_TYPES,
  ENTITY_TYPES,
  MODEL_ENTITY,
  PULLED_TYPES,
  PUSH_TASK_NAMES,
  PUSHED_TYPES,
  SYNCABLE_TYPES,
} from '../../src/domain/syncable-types.js';
import { createTaskList, type TaskDeps } from '../../src/jobs/task-list.js';
import { initOrm } from '../../src/modules/orm.js';
import { SYNCABLE_ENTITIES } from '../../src/modules/syncable-entities.js';
import { PULLED_MODELS } from '../../src/odoo/pull/pulled-models.js';
import { PUSHES } from '../../src/odoo/push/pushes.js';
import { TASK_NAMES } from '../../src/outbox/task-names.js';
import { createTestDatabase } from '../support/database.js';

// The registry of syncable types (src/domain/syncable-types.ts) is the one map from entity type
// to everything else; the compiler refuses a type without an entry. This checks that what each
// entry names exists and agrees with the code that implements it.
describe('the registry of syncable types', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createTestDatabase('registry');
    orm = await initOrm(db.url);
  });
  afterAll(async () => {
    await orm.close(true);
    await db.drop();
  });

  it('has an entry for every entity type', () => {
    expect([...ENTITY_TYPES].sort()).toEqual(Object.values(EntityType).sort());
  });

  it.each(Object.values(EntityType))('gives %s a table and an entity the ORM maps onto it', (type) => {
    const spec = SYNCABLE_TYPES[type];
    const entity = SYNCABLE_ENTITIES[type];
    expect(entity.name).toBe(spec.entity);
    const meta = orm.getMetadata().get(entity as EntityClass<object>);
    expect(meta.tableName).toBe(spec.table);
    if (spec.feed.kind === 'flag') {
      expect(Object.values(meta.properties).map((p) => (p as { fieldNames?: string[] }).fieldNames?.[0])).toContain(
        spec.feed.column,
      );
    } else {
      expect(CLAIMED_TYPES).toContain(type);
      expect(meta.properties).toHaveProperty('processingState');
      expect(meta.properties).toHaveProperty('origin');
    }
  });

  it.each(Object.values(EntityType))('gives %s a pull whose Odoo models are the registry’s', (type) => {
    const pull = PULLED_MODELS[type];
    expect(pull.entityType).toBe(type);
    expect(pull.model).toBe(SYNCABLE_TYPES[type].pull.model);
    expect((pull.companions ?? []).map((c) => c.model)).toEqual(SYNCABLE_TYPES[type].pull.companions);
    for (const model of [pull.model, ...SYNCABLE_TYPES[type].pull.companions]) expect(MODEL_ENTITY[model]).toBe(type);
    expect(PULLED_TYPES).toContain(type);
  });

  it('gives every pushed type a push and a task, and no other type either', () => {
    expect(Object.keys(PUSHES).sort()).toEqual([...PUSHED_TYPES].sort());
    for (const type of PUSHED_TYPES) expect(PUSHES[type].entity).toBe(SYNCABLE_ENTITIES[type]);
    expect(PUSH_TASK_NAMES).toHaveLength(PUSHED_TYPES.length);
  });

  it('runs a task for every task name the outbox queues', () => {
    const tasks = createTaskList({ orm, odoo: null } as unknown as TaskDeps);
    expect(Object.keys(tasks).sort()).toEqual([...TASK_NAMES].sort());
  });
});
