import type { ComponentChildren } from 'preact';

export interface Column<T> {
  /** A stable key for the column (and its header's test id). */
  key: string;
  header: ComponentChildren;
  render(row: T): ComponentChildren;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

/**
 * A table of rows. With `onOpen`, each row is focusable and opens on click or Enter;
 * ArrowUp/ArrowDown move between rows. With `selected`/`onSelect`, a checkbox column
 * selects rows (for bulk actions). On a phone, the table scrolls sideways in its frame.
 */
export function DataTable<T>(props: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  onOpen?(row: T): void;
  selected?: ReadonlySet<string>;
  onSelect?(key: string, selected: boolean): void;
  /** Shown in place of the table when there are no rows. */
  empty?: ComponentChildren;
}) {
  const { columns, rows, rowKey, onOpen, selected, onSelect } = props;
  if (rows.length === 0 && props.empty) return <>{props.empty}</>;
  const onKeyDown = (event: KeyboardEvent, row: T) => {
    const tr = event.currentTarget as HTMLTableRowElement;
    if (event.key === 'Enter' && onOpen && event.target === tr) {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const next = (
        event.key === 'ArrowDown' ? tr.nextElementSibling : tr.previousElementSibling
      ) as HTMLElement | null;
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  };
  return (
    <div class="table-frame">
      <table>
        <caption class="visually-hidden">{props.caption}</caption>
        <thead>
          <tr>
            {onSelect && (
              <th scope="col">
                <span class="visually-hidden">Select</span>
              </th>
            )}
            {columns.map((c) => (
              <th key={c.key} scope="col" class={c.numeric ? 'num' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const key = rowKey(row);
            return (
              <tr
                key={key}
                data-key={key}
                tabIndex={onOpen ? 0 : undefined}
                class={onOpen ? 'clickable' : undefined}
                onClick={
                  onOpen ? (e) => !(e.target as HTMLElement).closest('input,button,a') && onOpen(row) : undefined
                }
                onKeyDown={onOpen ? (e) => onKeyDown(e, row) : undefined}
              >
                {onSelect && (
                  <td>
                    <input
                      type="checkbox"
                      aria-label={`Select ${key}`}
                      checked={selected?.has(key) ?? false}
                      onChange={(e) => onSelect(key, (e.currentTarget as HTMLInputElement).checked)}
                    />
                  </td>
                )}
                {columns.map((c) => (
                  <td key={c.key} class={c.numeric ? 'num' : undefined}>
                    {c.render(row)}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
