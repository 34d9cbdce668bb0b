import { createPubSub } from '@graphql-yoga/subscription';
import type { EntityChangeEvent, SyncFailureEvent } from './events.js';

/** This instance's subscribers, fed by the EventBus (which every instance runs). */
export type HubPubSub = ReturnType<typeof createHubPubSub>;

export function createHubPubSub() {
  return createPubSub<{
    'entity.changed': [EntityChangeEvent];
    'sync_failure.changed': [SyncFailureEvent];
  }>();
}
