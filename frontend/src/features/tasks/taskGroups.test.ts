import { describe, expect, it } from 'vitest';
import { endOfWeek, groupOf, groupTasks, recordLink } from './taskGroups';

const ZONE = 'Asia/Shanghai';
// Thursday 26 November 2026, 10:00 in Shanghai.
const NOW = new Date('2026-11-26T02:00:00Z');

describe('task groups', () => {
  it('counts days in the school zone: overdue, today, this week (to Sunday), later', () => {
    expect(groupOf({ state: 'OVERDUE', dueAt: '2026-11-27T00:00:00Z' }, NOW, ZONE)).toBe('overdue');
    expect(groupOf({ state: 'OPEN', dueAt: '2026-11-26T01:00:00Z' }, NOW, ZONE)).toBe('overdue');
    // 23:59 tonight in Shanghai is 15:59 UTC.
    expect(groupOf({ state: 'OPEN', dueAt: '2026-11-26T15:59:59Z' }, NOW, ZONE)).toBe('today');
    // 00:30 on Friday in Shanghai is still Thursday in UTC: not today.
    expect(groupOf({ state: 'OPEN', dueAt: '2026-11-26T16:30:00Z' }, NOW, ZONE)).toBe('week');
    expect(groupOf({ state: 'OPEN', dueAt: '2026-11-29T15:00:00Z' }, NOW, ZONE)).toBe('week');
    expect(groupOf({ state: 'OPEN', dueAt: '2026-11-29T16:30:00Z' }, NOW, ZONE)).toBe('later');
  });

  it('ends a week on Sunday', () => {
    expect(endOfWeek('2026-11-26')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-30')).toBe('2026-12-06');
  });

  it('sorts each group soonest due first', () => {
    const groups = groupTasks(
      [
        { id: 'b', state: 'OPEN', dueAt: '2026-11-28T02:00:00Z' },
        { id: 'a', state: 'OPEN', dueAt: '2026-11-27T02:00:00Z' },
      ],
      NOW,
      ZONE,
    );
    expect(groups.week.map((task) => task.id)).toEqual(['a', 'b']);
  });

  it('links a task to the student page with the record drawer open and the kind the rule asks for', () => {
    expect(
      recordLink({ id: 'obl_1', rule: 'IMMEDIATE_VISIT', incidentId: 'inc_9', students: [{ id: 'stu_1' }] }),
    ).toBe('/students/stu_1?record=1&kind=IMMEDIATE&answers=inc_9&task=obl_1');
    expect(recordLink({ id: 'obl_2', rule: 'FOCUS_WINTER_VISIT', students: [{ id: 'stu_2' }] })).toBe(
      '/students/stu_2?record=1&kind=FOCUS&form=HOME_VISIT&task=obl_2',
    );
    expect(recordLink({ id: 'obl_3', rule: 'FOLLOW_UP', students: [] })).toBeNull();
  });

  it('opens a phone call for the tutoring centre’s calls and follow-ups, and nothing for paperwork', () => {
    expect(recordLink({ id: 'obl_4', rule: 'CADENCE_FOLLOW_UP', students: [{ id: 'stu_4' }] })).toBe(
      '/students/stu_4?record=1&kind=ROUTINE&form=PHONE&task=obl_4',
    );
    expect(recordLink({ id: 'obl_5', rule: 'ONBOARDING_PARENT_CALL', students: [{ id: 'stu_5' }] })).toBe(
      '/students/stu_5?record=1&kind=ROUTINE&form=PHONE&task=obl_5',
    );
    expect(
      recordLink({ id: 'obl_6', rule: 'LEARNING_PLAN', completedByHand: true, students: [{ id: 'stu_6' }] }),
    ).toBeNull();
  });
});
