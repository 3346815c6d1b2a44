/**
 * Turns an analytics answer into a table: one row per bucket (its keys, then its
 * figures) and the total last, ready for the results table, the CSV export and the
 * chart. Works on whatever the analyst selected: columns are the fields present.
 */
export interface ResultTable {
  /** Dimensions of the keys, in order (e.g. ["GRADE", "FORM"]). */
  dimensions: string[];
  /** Figure columns after the keys. */
  metrics: string[];
  rows: ResultRow[];
}

export interface ResultRow {
  /** Labels of the bucket's keys; empty for the total. */
  labels: string[];
  total: boolean;
  values: Record<string, string | number | boolean | null>;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Bucket {
  keys?: { dimension?: string; value?: string; label?: string }[];
  [field: string]: Json | undefined;
}

/** The first object holding a `buckets` list, anywhere in the answer's data. */
function findStats(value: Json | undefined): { buckets: Bucket[]; total?: Bucket } | null {
  if (value === null || typeof value !== 'object') return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findStats(item);
      if (found) return found;
    }
    return null;
  }
  if (Array.isArray(value.buckets)) {
    const total =
      value.total && typeof value.total === 'object' && !Array.isArray(value.total) ? value.total : undefined;
    return { buckets: value.buckets as Bucket[], total: total as Bucket | undefined };
  }
  for (const child of Object.values(value)) {
    const found = findStats(child);
    if (found) return found;
  }
  return null;
}

function scalar(value: Json | undefined): string | number | boolean | null {
  return value === undefined || value === null || typeof value === 'object' ? null : value;
}

export function tableFromResult(result: unknown): ResultTable | null {
  const data = (result as { data?: Json } | null)?.data;
  const stats = findStats(data);
  if (!stats) return null;
  const all = stats.total ? [...stats.buckets, stats.total] : stats.buckets;
  const metrics: string[] = [];
  for (const bucket of all) {
    for (const [field, value] of Object.entries(bucket)) {
      if (field !== 'keys' && (value === null || typeof value !== 'object') && !metrics.includes(field)) {
        metrics.push(field);
      }
    }
  }
  const dimensions = (stats.buckets[0]?.keys ?? []).map((key) => key.dimension ?? '');
  const row = (bucket: Bucket, total: boolean): ResultRow => ({
    labels: (bucket.keys ?? []).map((key) => key.label ?? key.value ?? ''),
    total,
    values: Object.fromEntries(metrics.map((metric) => [metric, scalar(bucket[metric])])),
  });
  const rows = stats.buckets.map((bucket) => row(bucket, false));
  if (stats.total) rows.push(row(stats.total, true));
  return { dimensions, metrics, rows };
}

/** Numeric figure columns, the ones a chart can show. */
export function numericMetrics(table: ResultTable): string[] {
  return table.metrics.filter((metric) => table.rows.some((row) => typeof row.values[metric] === 'number'));
}

function csvCell(value: string | number | boolean | null): string {
  const text = value === null ? '' : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * CSV with a header row; a byte-order mark first so that spreadsheet programs read the
 * Chinese labels as UTF-8.
 */
export function toCsv(
  table: ResultTable,
  headers: { dimension: (d: string) => string; metric: (m: string) => string; total: string },
): string {
  const header = [...table.dimensions.map(headers.dimension), ...table.metrics.map(headers.metric)];
  const lines = [header.map(csvCell).join(',')];
  for (const row of table.rows) {
    const keys = row.total ? [headers.total, ...table.dimensions.slice(1).map(() => '')] : row.labels;
    const cells = [...keys, ...table.metrics.map((metric) => row.values[metric] ?? null)];
    lines.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
