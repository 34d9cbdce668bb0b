import { Repeater } from '@graphql-yoga/subscription';
import {
  isVisibleIn,
  parseSnapshot,
  readChangeLogPage,
  readStragglers,
  type ChangeLogFilter,
  type LogQuery,
  type Snapshot,
} from '../../outbox/change-log.js';
import type { EntityChangeEvent } from '../../outbox/hub-events.js';

/** Changes read per statement while replaying: the replay reads ahead of its subscriber by at most one page. */
export const REPLAY_PAGE = 500;

/** What one replay read covered: positions in (after, through] (through null: all after), and its snapshot. */
interface ReadCover {
  after: number;
  through: number | null;
  snapshot: Snapshot;
}

export interface ResumeOptions {
  query: LogQuery;
  /** The position the subscriber last had. */
  since: number;
  /** The snapshot `since` was written in (checkResumePoint): what finds its stragglers. */
  sinceSnapshot: string;
  filter: ChangeLogFilter;
  /** The live stream, already filtered; its events carry position and xid. */
  live: Repeater<EntityChangeEvent>;
  pageSize?: number;
}

/**
 * A resumed entityChanged stream: every logged change after `since` (and its
 * stragglers), in position order, then the live events, with no gap and no
 * duplicate between the two.
 *
 * No gap: the live stream is listening before the first read, so a change
 * committed after a read is either in a later read or arrives live. No
 * duplicate: a live event whose transaction a read's snapshot saw, in the
 * positions that read covered, was replayed; it is dropped. Live events wait in
 * the live stream's own buffer (SUBSCRIBER_BUFFER) while the replay runs; a
 * replay so long that more pile up ends the subscription with that error.
 */
export function resumedChanges(options: ResumeOptions): Repeater<EntityChangeEvent> {
  const { query, since, sinceSnapshot, filter, live, pageSize = REPLAY_PAGE } = options;
  const written = parseSnapshot(sinceSnapshot);
  return new Repeater<EntityChangeEvent>(async (push, stop) => {
    // The first next() starts the live stream (a Repeater runs its executor then):
    // from here on, every committed change is queued there.
    const firstLive = live.next();
    // Handled here too: a replay that ends early (the subscriber left) never awaits it.
    firstLive.catch(() => undefined);
    let stopped = false;
    void stop.then(() => {
      stopped = true;
      void live.return();
    });
    try {
      const covers: ReadCover[] = [];
      const stragglers = await readStragglers(query, since, sinceSnapshot, filter);
      for (const change of stragglers.changes) {
        if (stopped) return;
        await push(change);
      }
      let after = since;
      for (;;) {
        const page = await readChangeLogPage(query, after, filter, pageSize);
        const last = page.changes.at(-1)?.position;
        const full = page.changes.length === pageSize;
        covers.push({ after, through: full ? last! : null, snapshot: page.snapshot });
        for (const change of page.changes) {
          if (stopped) return;
          await push(change);
        }
        if (!full) break;
        after = last!;
      }
      const replayed = (e: EntityChangeEvent): boolean => {
        if (e.position === undefined || e.xid === undefined) return false;
        // At or before `since`: the subscriber had it, unless it is a straggler the first read did not see.
        if (e.position <= since) {
          return e.position === since || isVisibleIn(e.xid, written) || isVisibleIn(e.xid, stragglers.snapshot);
        }
        const cover = covers.find((c) => e.position! > c.after && (c.through === null || e.position! <= c.through));
        return cover !== undefined && isVisibleIn(e.xid, cover.snapshot);
      };
      for (let next = firstLive; ; next = live.next()) {
        const result = await Promise.race([next, stop.then(() => null)]);
        if (!result || result.done) break;
        if (!replayed(result.value)) await push(result.value);
      }
      stop();
    } catch (err) {
      stop(err);
    } finally {
      await live.return();
    }
  });
}
