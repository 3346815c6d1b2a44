import { formatDate } from '../../lib/format/date';

export type TaskGroup = 'overdue' | 'today' | 'week' | 'later';

export const TASK_GROUPS: readonly TaskGroup[] = ['overdue', 'today', 'week', 'later'];

interface Dated {
  state: string;
  dueAt: string;
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The last day (Sunday) of the week of `day`; weeks start on Monday, as in Chinese schools. */
export function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
  return addDays(day, (7 - weekday) % 7);
}

/** Overdue, due today, later this week, or later — days counted in the school's zone. */
export function groupOf(task: Dated, now: Date, timeZone: string): TaskGroup {
  if (task.state === 'OVERDUE' || new Date(task.dueAt).getTime() < now.getTime()) return 'overdue';
  const today = formatDate(now.toISOString(), timeZone);
  const due = formatDate(task.dueAt, timeZone);
  if (due <= today) return 'today';
  if (due <= endOfWeek(today)) return 'week';
  return 'later';
}

/** Tasks by group, each group soonest due first. */
export function groupTasks<T extends Dated>(tasks: readonly T[], now: Date, timeZone: string) {
  const groups: Record<TaskGroup, T[]> = { overdue: [], today: [], week: [], later: [] };
  for (const task of tasks) groups[groupOf(task, now, timeZone)].push(task);
  for (const group of TASK_GROUPS) groups[group].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return groups;
}

interface Recordable {
  id: string;
  rule: string;
  incidentId?: string | null;
  completedByHand?: boolean;
  students: ReadonlyArray<{ id: string }>;
}

/** Rules a call (or a meeting) satisfies: the form opens on a phone call. */
const CALL_RULES: ReadonlySet<string> = new Set([
  'ONBOARDING_PARENT_CALL',
  'FIRST_LESSON_NOTICE',
  'FIRST_LESSON_CALL',
  'CADENCE_FOLLOW_UP',
]);

/**
 * Where to record the contact that satisfies a task: the student's page with the record
 * drawer open, the kind (and form) the rule asks for, and the incident it answers. None for
 * a task marked done by hand: no contact satisfies it.
 */
export function recordLink(task: Recordable): string | null {
  const student = task.students[0];
  if (!student || task.completedByHand) return null;
  const params = new URLSearchParams({ record: '1' });
  if (task.rule === 'IMMEDIATE_VISIT') {
    params.set('kind', 'IMMEDIATE');
    if (task.incidentId) params.set('answers', task.incidentId);
  } else if (task.rule === 'FOCUS_WINTER_VISIT') {
    params.set('kind', 'FOCUS');
    params.set('form', 'HOME_VISIT');
  } else {
    params.set('kind', 'ROUTINE');
    if (CALL_RULES.has(task.rule)) params.set('form', 'PHONE');
  }
  params.set('task', task.id);
  return `/students/${encodeURIComponent(student.id)}?${params.toString()}`;
}
