import type { TFunction } from 'i18next';
import { formatDateTime } from '../../lib/format/date';

/** Who wrote an entry and when it was recorded: "陈老师 · 记录于 …". */
export function authorLine(
  t: TFunction,
  entry: { author?: { displayName: string } | null; recordedAt: string },
  timeZone: string,
): string {
  const at = formatDateTime(entry.recordedAt, timeZone);
  return `${entry.author?.displayName ?? t('common.none')} · ${t('entry.recordedAt', { at })}`;
}
