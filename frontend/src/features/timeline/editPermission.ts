import type { StaffRole } from '../../gql/graphql';
import { seesWholeSchool } from '../viewer/roles';

/** How long an author may amend or withdraw their own record (the server's default). */
export const EDIT_WINDOW_DAYS = 7;
const EDIT_WINDOW_MS = EDIT_WINDOW_DAYS * 24 * 60 * 60 * 1000;

interface Editor {
  id: string;
  roles: readonly StaffRole[];
}

interface Entry {
  recordedAt: string;
  author?: { id: string } | null;
  retraction?: unknown;
}

/**
 * Whether to offer "amend" and "withdraw": the principal and 德育处 any time, the author within
 * the editable window, nobody once withdrawn. The server checks again and may still refuse
 * (NOT_ALLOWED, EDIT_WINDOW_CLOSED), which is shown as it comes.
 */
export function mayChangeEntry(viewer: Editor | null | undefined, entry: Entry, now = Date.now()): boolean {
  if (!viewer || entry.retraction) return false;
  if (seesWholeSchool(viewer.roles)) return true;
  if (!entry.author || entry.author.id !== viewer.id) return false;
  return now - new Date(entry.recordedAt).getTime() <= EDIT_WINDOW_MS;
}
