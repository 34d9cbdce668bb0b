import { useState } from 'preact/hooks';

/**
 * A record's previous and current data side by side, a row per top-level field. Fields
 * the last change touched (the hub's changedFields, or any whose values differ) are
 * highlighted and marked in words, not by colour alone; "Only changed" hides the rest.
 */
export function RecordDiff(props: {
  current: Record<string, unknown>;
  previous: Record<string, unknown> | null;
  changed: readonly string[];
}) {
  const { current, previous } = props;
  const [onlyChanged, setOnlyChanged] = useState(false);
  const keys = [...new Set([...Object.keys(previous ?? {}), ...Object.keys(current)])].sort();
  const isChanged = (key: string) =>
    props.changed.includes(key) || (previous !== null && show(previous[key]) !== show(current[key]));
  const changedCount = keys.filter(isChanged).length;
  const rows = onlyChanged ? keys.filter(isChanged) : keys;
  return (
    <>
      <div class="toolbar">
        <p class="muted">
          {previous === null
            ? 'No previous data: the record is as it first arrived.'
            : `${changedCount} of ${keys.length} fields changed in the last change.`}
        </p>
        <label class="inline">
          <input
            type="checkbox"
            checked={onlyChanged}
            onChange={(e) => setOnlyChanged((e.currentTarget as HTMLInputElement).checked)}
          />
          Only changed fields
        </label>
      </div>
      <div class="table-frame">
        <table class="diff" data-testid="record-diff">
          <caption class="visually-hidden">Previous and current data, field by field</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Previous</th>
              <th scope="col">Current</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((key) => {
              const changed = isChanged(key);
              return (
                <tr key={key} class={changed ? 'changed' : undefined} data-field={key} data-changed={changed}>
                  <th scope="row">
                    {key}
                    {changed && <span class="visually-hidden"> (changed)</span>}
                    {changed && (
                      <span class="change-mark" aria-hidden="true">
                        ●
                      </span>
                    )}
                  </th>
                  <td>
                    <Value present={previous !== null && key in previous} value={previous?.[key]} />
                  </td>
                  <td>
                    <Value present={key in current} value={current[key]} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}

function show(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}

function Value({ present, value }: { present: boolean; value: unknown }) {
  if (!present) return <span class="muted">—</span>;
  return <pre class="value">{show(value)}</pre>;
}
