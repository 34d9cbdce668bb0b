import { checkFilterList } from './syncable.service.js';

/**
 * Builds a MikroORM where-object from optional filter values: `equals` entries
 * are kept when not null, `oneOf` lists become `$in` (capped), `flags` are set
 * true when their filter flag is on. Unset filter fields filter nothing.
 */
export function whereOf(parts: {
  equals?: Record<string, unknown>;
  oneOf?: Record<string, { values: readonly string[] | null | undefined; argument: string }>;
  flags?: Record<string, boolean | null | undefined>;
}): Record<string, unknown> {
  const where: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(parts.equals ?? {})) if (value != null) where[field] = value;
  for (const [field, { values, argument }] of Object.entries(parts.oneOf ?? {})) {
    if (values == null) continue;
    checkFilterList(values, argument);
    where[field] = { $in: [...values] };
  }
  for (const [field, on] of Object.entries(parts.flags ?? {})) if (on) where[field] = true;
  return where;
}
