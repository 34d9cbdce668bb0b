import { useRef, useState } from 'preact/hooks';
import { useSubscription } from '../api/hooks';
import { graphql } from '../gql';
import type { ConsoleLiveSubscription, EntityType } from '../gql/graphql';
import { Link } from '../router';
import { Badge } from '../ui/badge';
import { ENTITY_TYPES, entityLabel } from '../ui/entities';
import { LiveIndicator } from '../ui/live-indicator';
import { EmptyState } from '../ui/states';
import { Time } from '../ui/time';

/**
 * Live: the entityChanged stream as it comes, newest first, filtered by the hub
 * (entity type; fields a change must touch). Pause keeps the subscription and buffers
 * what arrives, so nothing is lost; Resume shows it all. The list keeps the last
 * SHOWN_MAX events; the buffer keeps up to BUFFER_MAX (it says so when it drops older ones).
 */
const LiveDocument = graphql(`
  subscription ConsoleLive($entityType: EntityType, $fields: [String!]) {
    entityChanged(entityType: $entityType, fields: $fields) {
      id
      entityType
      externalId
      changedFields
      changedAt
      isNew
    }
  }
`);

type Change = ConsoleLiveSubscription['entityChanged'] & { seq: number };

const SHOWN_MAX = 500;
const BUFFER_MAX = 20_000;

export function LivePage() {
  const [entityType, setEntityType] = useState<EntityType | ''>('');
  const [fieldsText, setFieldsText] = useState('');
  const [applied, setApplied] = useState<{ entityType: EntityType | null; fields: string[] | null }>({
    entityType: null,
    fields: null,
  });
  const [events, setEvents] = useState<Change[]>([]);
  const [paused, setPausedState] = useState(false);
  // Read by the event handler: a ref, so an event between a click and the next render goes the right way.
  const pausedRef = useRef(false);
  const setPaused = (value: boolean) => {
    pausedRef.current = value;
    setPausedState(value);
  };
  const buffer = useRef<Change[]>([]);
  const [buffered, setBuffered] = useState(0);
  const [dropped, setDropped] = useState(0);
  const seq = useRef(0);

  const error = useSubscription(LiveDocument, applied, ({ entityChanged }) => {
    const change = { ...entityChanged, seq: ++seq.current };
    if (pausedRef.current) {
      buffer.current.push(change);
      if (buffer.current.length > BUFFER_MAX) {
        buffer.current.shift();
        setDropped((n) => n + 1);
      }
      setBuffered(buffer.current.length);
    } else {
      setEvents((shown) => [change, ...shown].slice(0, SHOWN_MAX));
    }
  });

  const resume = () => {
    const held = buffer.current.reverse();
    buffer.current = [];
    setPaused(false);
    setBuffered(0);
    setEvents((shown) => [...held, ...shown].slice(0, SHOWN_MAX));
  };

  const apply = (event: Event) => {
    event.preventDefault();
    const fields = fieldsText
      .split(/[\s,]+/)
      .map((f) => f.trim())
      .filter(Boolean);
    setApplied({ entityType: entityType || null, fields: fields.length ? fields : null });
  };

  return (
    <section aria-labelledby="live-title">
      <div class="page-head">
        <h1 id="live-title">Live changes</h1>
        <LiveIndicator error={error} paused={paused} />
      </div>
      <form class="toolbar" onSubmit={apply} aria-label="Filter the stream">
        <label>
          Entity type
          <select
            value={entityType}
            onChange={(e) => setEntityType((e.currentTarget as HTMLSelectElement).value as EntityType | '')}
          >
            <option value="">All types</option>
            {ENTITY_TYPES.map((t) => (
              <option key={t} value={t}>
                {entityLabel(t)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Changed fields (any of, comma-separated)
          <input
            type="text"
            value={fieldsText}
            placeholder="e.g. list_price, name"
            onInput={(e) => setFieldsText((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Apply filter</button>
        {paused ? (
          <button type="button" class="primary" onClick={resume}>
            Resume{buffered ? ` (${buffered} new)` : ''}
          </button>
        ) : (
          <button type="button" onClick={() => setPaused(true)}>
            Pause
          </button>
        )}
        <button type="button" onClick={() => setEvents([])} disabled={events.length === 0}>
          Clear
        </button>
      </form>
      <p class="muted" aria-live="polite">
        {paused
          ? `Paused: ${buffered} change${buffered === 1 ? '' : 's'} held, shown when you resume.`
          : `Showing ${events.length} change${events.length === 1 ? '' : 's'}, newest first${
              events.length >= SHOWN_MAX ? ` (the last ${SHOWN_MAX})` : ''
            }.`}
        {dropped > 0 && ` ${dropped} older held changes were dropped (more than ${BUFFER_MAX} while paused).`}
      </p>
      {events.length === 0 ? (
        <EmptyState title="Waiting for changes">
          Changes appear here as the hub commits them: from a pull from Odoo, Odoo's webhooks, an ingest or the webshop.{' '}
          {applied.entityType || applied.fields ? 'Only those that match the filter are shown.' : ''}
        </EmptyState>
      ) : (
        <div class="table-frame">
          <table data-testid="live-events">
            <caption class="visually-hidden">Committed changes, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Entity</th>
                <th scope="col">External id</th>
                <th scope="col">Changed fields</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={e.seq} data-external-id={e.externalId}>
                  <td>
                    <Time at={e.changedAt} />
                  </td>
                  <td>
                    {entityLabel(e.entityType)} {e.isNew && <Badge value="NEW" tone="info" />}
                  </td>
                  <td class="wrap">
                    {recordsType(e.entityType) ? (
                      <Link href={`/records?type=${e.entityType}&externalId=${encodeURIComponent(e.externalId)}`}>
                        {e.externalId}
                      </Link>
                    ) : (
                      e.externalId
                    )}
                  </td>
                  <td class="wrap">
                    <code>{e.changedFields.join(', ')}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The types the Records page looks up. */
function recordsType(type: EntityType): boolean {
  return type === 'PRODUCT' || type === 'PARTNER' || type === 'SALE_ORDER' || type === 'PURCHASE_ORDER';
}
