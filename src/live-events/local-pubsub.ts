import { setMaxListeners } from 'node:events';
import { createPubSub, FixedBuffer, Repeater, type PubSubEventTarget } from '@graphql-yoga/subscription';
import type { EntityChangeEvent, SyncFailureEvent } from '../outbox/hub-events.js';
import type { PullProgressEvent } from '../outbox/pull-progress-events.js';

type HubTopics = {
  'entity.changed': [EntityChangeEvent];
  'sync_failure.changed': [SyncFailureEvent];
  'pull.progress': [PullProgressEvent];
};
type Topic = keyof HubTopics;
type Payload<T extends Topic> = HubTopics[T][0];

/**
 * Events that may wait for one subscriber (its socket not draining, or a burst
 * of batches of 1,000): beyond them, plus the 1,024 pending pushes a Repeater
 * allows, that subscription ends with an error rather than growing without bound.
 */
export const SUBSCRIBER_BUFFER = 10_000;

/** This instance's subscribers, fed by the EventBus (which every instance runs). */
export type HubPubSub = ReturnType<typeof createHubPubSub>;

export interface HubPubSubOptions {
  /** Told, for each event handed to a subscriber, when it was published (ms since epoch): the fan-out latency. */
  onDelivered?: (publishedAt: number) => void;
}

export function createHubPubSub(options: HubPubSubOptions = {}) {
  // Every subscriber is a listener of its topic: hundreds are normal, not a leak
  // (Node warns with MaxListenersExceededWarning past 10 per event type otherwise).
  const eventTarget = new EventTarget();
  setMaxListeners(Infinity, eventTarget);
  const pubSub = createPubSub<HubTopics>({ eventTarget: eventTarget as PubSubEventTarget<HubTopics> });
  // When each event object was published, for onDelivered; weak: gone with the event.
  const publishedAt = new WeakMap<object, number>();
  const live: Record<Topic, number> = { 'entity.changed': 0, 'sync_failure.changed': 0, 'pull.progress': 0 };
  const { onDelivered } = options;
  return {
    ...pubSub,
    /** publish, remembering when the event's NOTIFY was sent (null: unknown, not measured). */
    publishFrom<T extends Topic>(topic: T, payload: Payload<T>, at: number | null): void {
      if (at !== null && onDelivered) publishedAt.set(payload, at);
      (pubSub.publish as (topic: T, payload: Payload<T>) => void)(topic, payload);
    },
    /** Live subscribers on this instance, by topic (a counter each, no walk over them). */
    subscriptionCounts(): Record<Topic, number> {
      return { ...live };
    },
    /**
     * A subscriber's stream of the topic's events that pass `keep`, tested as each
     * event is published: one queue per subscriber, and an event it does not want
     * never enters it (pipe(subscribe(), filter()) queues every event twice, then drops).
     */
    subscribeWhere<T extends Topic>(topic: T, keep: (payload: Payload<T>) => boolean): Repeater<Payload<T>> {
      return new Repeater<Payload<T>>((push, stop) => {
        const listener = (event: Event) => {
          const payload = (event as CustomEvent<Payload<T>>).detail;
          try {
            if (!keep(payload)) return;
            void push(payload);
            const at = onDelivered && publishedAt.get(payload);
            if (at) onDelivered(at);
          } catch (err) {
            // RepeaterOverflowError: this subscriber is too far behind. It ends with the
            // error; thrown from an EventTarget listener it would be an uncaught exception.
            stop(err);
          }
        };
        eventTarget.addEventListener(topic, listener);
        live[topic]++;
        void stop.then(() => {
          live[topic]--;
          eventTarget.removeEventListener(topic, listener);
        });
      }, new FixedBuffer(SUBSCRIBER_BUFFER));
    },
  };
}
