import type { TFunction as T } from 'i18next';

/** An output key's label ("conflictPoints" → 矛盾点); a key the app does not know shows as it is. */
export function outputLabel(t: T, key: string): string {
  return t(`escalation.output.${key}`, { defaultValue: key });
}
