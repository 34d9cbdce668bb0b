import type { EntityType, FailureSource, WebhookDirection } from '../domain/enums.js';

/** A committed change of one record, as subscribers and webhooks see it. */
export interface EntityChangeEvent {
  entityType: EntityType;
  id: string;
  externalId: string;
  changedFields: string[];
  isNew: boolean;
  changedAt: Date;
  /** Its position in the change log (src/outbox/change-log.ts); unset on events of a hub that predates the log. */
  position?: number;
  /** The writing transaction's id (xid8 as text), from the payload: how a replaying reader dedupes live events. */
  xid?: string;
}

/** A sync failure recorded or resolved; subscribers load the row itself. */
export interface SyncFailureEvent {
  id: string;
  source: FailureSource;
  entityType: EntityType;
}

export type HubEvent =
  | {
      kind: 'entity';
      change: EntityChangeEvent;
      /**
       * Which webhooks the change is for: TO_WEBSHOP (the default) for what came
       * from Odoo, TO_ODOO for what the webshop wrote (orders, customers).
       */
      direction?: WebhookDirection;
    }
  | { kind: 'failure'; failure: SyncFailureEvent };

export const EVENT_CHANNEL = 'odoo_sync_hub_events';

/** NOTIFY payloads must stay under 8000 bytes; keep a margin for the envelope. */
export const MAX_PAYLOAD_BYTES = 7500;

/*
 * Wire format: one JSON object per NOTIFY, built to carry many events in few bytes
 * (a batch of 500 new products used to take 34 payloads, 242 kB; now about 6):
 *
 *   {"t": <ms since epoch>, "p": <ms since epoch>, "x": <xid>, "f": [[field, …], …], "e": [<event>, …]}
 *
 * `p` is when the payload was built, right before its NOTIFY (the fan-out
 * latency of /metrics is measured from it; payloads without it are read too),
 * `f` lists the distinct changedFields lists of the payload's events once (the
 * events of one batch mostly share them: every new product of a feed has the same
 * keys), `t` is the changedAt of its first entity event, `x` the writing
 * transaction's id (xid8 as text; absent on older payloads), and each event is
 *
 *   ["e", entityType, id, externalId, <index into f>, isNew 0|1, <changedAt − t in ms>, <change log position>]
 *   ["f", id, source, entityType]
 *
 * The position came last, so that an older decoder reads the rest unchanged.
 * decodeEvents also reads the previous format (a bare array of events with their
 * fields and ISO times inline), so instances of both versions can share a database
 * during a rolling upgrade.
 */
type WireEntity = ['e', EntityType, string, string, number, 0 | 1, number, number?];
type WireFailure = ['f', string, FailureSource, EntityType];
interface WirePayload {
  t: number;
  p?: number;
  x?: string;
  f: string[][];
  e: (WireEntity | WireFailure)[];
}
type LegacyWireEntity = ['e', EntityType, string, string, string[], 0 | 1, string];
type LegacyWire = LegacyWireEntity | WireFailure;

/** One payload being filled: its field lists (as JSON), their indexes, its events (as JSON). */
class PayloadBuilder {
  private readonly fieldLists: string[] = [];
  private readonly fieldIndex = new Map<string, number>();
  private readonly items: string[] = [];
  private base: number | null = null;
  /** `{"t":,"p":,"x":"","f":[],"e":[]}` and room for any `t`, `p` and `x`; each item counts its comma. */
  private bytes = 32 + 16 + 16 + 20;

  constructor(private readonly xid: string | undefined) {}

  get isEmpty(): boolean {
    return this.items.length === 0;
  }

  /** Adds the event when it fits in MAX_PAYLOAD_BYTES; false (nothing added) when it does not. */
  tryAdd(event: HubEvent, changedFields?: readonly string[]): boolean {
    if (event.kind === 'failure') {
      const f = event.failure;
      return this.push(JSON.stringify(['f', f.id, f.source, f.entityType]), 0);
    }
    const c = event.change;
    const fields = JSON.stringify(changedFields ?? c.changedFields);
    const known = this.fieldIndex.get(fields);
    const index = known ?? this.fieldLists.length;
    const at = c.changedAt.getTime();
    const base = this.base ?? at;
    const wire: WireEntity = ['e', c.entityType, c.id, c.externalId, index, c.isNew ? 1 : 0, at - base];
    if (c.position !== undefined) wire.push(c.position);
    const item = JSON.stringify(wire);
    const extra = known === undefined ? Buffer.byteLength(fields) + 1 : 0;
    if (!this.push(item, extra)) return false;
    if (known === undefined) {
      this.fieldIndex.set(fields, index);
      this.fieldLists.push(fields);
    }
    this.base = base;
    return true;
  }

  private push(item: string, extra: number): boolean {
    const bytes = Buffer.byteLength(item) + 1 + extra;
    if (this.bytes + bytes > MAX_PAYLOAD_BYTES) return false;
    this.items.push(item);
    this.bytes += bytes;
    return true;
  }

  toString(): string {
    const x = this.xid === undefined ? '' : `"x":"${this.xid}",`;
    return `{"t":${this.base ?? 0},"p":${Date.now()},${x}"f":[${this.fieldLists.join(',')}],"e":[${this.items.join(',')}]}`;
  }
}

/**
 * Packs events into NOTIFY payloads of at most MAX_PAYLOAD_BYTES. An event too
 * big on its own (thousands of changed keys) travels with an empty field list
 * (read as "too many to list"), rather than failing the write that caused it. The events
 * themselves are left as they are (webhooks and the caller get them whole).
 */
export function encodeEvents(events: readonly HubEvent[], xid?: string): string[] {
  const payloads: string[] = [];
  let payload = new PayloadBuilder(xid);
  for (const event of events) {
    if (payload.tryAdd(event)) continue;
    if (!payload.isEmpty) {
      payloads.push(payload.toString());
      payload = new PayloadBuilder(xid);
      if (payload.tryAdd(event)) continue;
    }
    // Too big even alone (thousands of changed keys): it travels with no field
    // list, which subscribers read as "too many to list" (a change always has at
    // least one field, so an empty list means nothing else), and field filters
    // let it through rather than drop a change they cannot judge.
    if (event.kind !== 'entity' || !payload.tryAdd(event, [])) {
      throw new Error(`an event does not fit in a NOTIFY payload: ${JSON.stringify(event).slice(0, 500)}`);
    }
  }
  if (!payload.isEmpty) payloads.push(payload.toString());
  return payloads;
}

export function decodeEvents(payload: string): HubEvent[] {
  return decodePayload(payload).events;
}

/** A payload's events, and when it was published (ms since epoch; null for a payload of an older version). */
export function decodePayload(payload: string): { events: HubEvent[]; publishedAt: number | null } {
  const parsed = JSON.parse(payload) as WirePayload | LegacyWire[];
  if (Array.isArray(parsed)) return { events: parsed.map(fromLegacyWire), publishedAt: null };
  const events = parsed.e.map((wire): HubEvent => {
    if (wire[0] === 'f') return { kind: 'failure', failure: { id: wire[1], source: wire[2], entityType: wire[3] } };
    const [, entityType, id, externalId, fields, isNew, at, position] = wire;
    const changedFields = parsed.f[fields];
    if (!changedFields) throw new Error(`changed fields #${fields} missing from the payload`);
    const change: EntityChangeEvent = {
      entityType,
      id,
      externalId,
      changedFields,
      isNew: isNew === 1,
      changedAt: new Date(parsed.t + at),
    };
    if (typeof position === 'number') change.position = position;
    if (typeof parsed.x === 'string') change.xid = parsed.x;
    return { kind: 'entity', change };
  });
  return { events, publishedAt: typeof parsed.p === 'number' ? parsed.p : null };
}

function fromLegacyWire(wire: LegacyWire): HubEvent {
  if (wire[0] === 'f') return { kind: 'failure', failure: { id: wire[1], source: wire[2], entityType: wire[3] } };
  const [, entityType, id, externalId, changedFields, isNew, changedAt] = wire;
  return {
    kind: 'entity',
    change: { entityType, id, externalId, changedFields, isNew: isNew === 1, changedAt: new Date(changedAt) },
  };
}
