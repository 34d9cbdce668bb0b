import type { TaskList } from 'graphile-worker';

/**
 * Every graphile-worker task of the hub, by its snake_case name. Tasks are
 * idempotent and call the same services as the resolvers.
 */
export const taskList: TaskList = {};
