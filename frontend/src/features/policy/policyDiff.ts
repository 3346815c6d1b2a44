export interface Difference {
  path: string;
  preset: string | null;
  current: string | null;
}

function flatten(value: unknown, prefix: string, into: Map<string, string | null>) {
  if (Array.isArray(value)) {
    into.set(prefix, value.join(','));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
      if (key !== '__typename') flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    }
  } else {
    into.set(prefix, value === null || value === undefined ? null : String(value));
  }
}

/** Every leaf field by dotted path, with its value as text (null: not set). */
export function leaves(value: unknown): Map<string, string | null> {
  const into = new Map<string, string | null>();
  flatten(value, '', into);
  return into;
}

/** The fields whose values differ, by dotted path (as the server's differencesFromPreset). */
export function differences(preset: unknown, current: unknown): Difference[] {
  const before = new Map<string, string | null>();
  const after = new Map<string, string | null>();
  flatten(preset, '', before);
  flatten(current, '', after);
  const paths = [...new Set([...after.keys(), ...before.keys()])];
  return paths
    .filter((path) => (before.get(path) ?? null) !== (after.get(path) ?? null))
    .map((path) => ({ path, preset: before.get(path) ?? null, current: after.get(path) ?? null }));
}
