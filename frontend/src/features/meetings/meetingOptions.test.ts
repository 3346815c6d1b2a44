import { describe, expect, it } from 'vitest';
import { currentTerm, mayRecordMeetings, termOptions } from './meetingOptions';

const years = [
  {
    startYear: 2025,
    terms: [
      { name: '第一学期', start: '2025-09-01', end: '2026-01-16' },
      { name: '第二学期', start: '2026-02-24', end: '2026-07-03' },
    ],
  },
  { startYear: 2026, terms: [{ name: '第一学期', start: '2026-09-01', end: '2027-01-15' }] },
];

describe('termOptions', () => {
  it('offers every term newest first and finds the one holding a day', () => {
    const options = termOptions(years);
    expect(options.map((option) => option.key)).toEqual(['2026:1', '2025:2', '2025:1']);
    expect(options[1]).toMatchObject({
      span: '2025–2026',
      name: '第二学期',
      term: { schoolYear: 2025, number: 2 },
    });
    expect(currentTerm(options, '2026-03-06')?.key).toBe('2025:2');
    expect(currentTerm(options, '2026-07-03')?.key).toBe('2025:2');
    // The winter break is in no term.
    expect(currentTerm(options, '2026-02-01')).toBeUndefined();
  });
});

describe('mayRecordMeetings', () => {
  it('lets the homeroom teacher of the class and overseers record, not other teachers', () => {
    expect(mayRecordMeetings(['HOMEROOM_TEACHER'], 'stf_1', 'stf_1')).toBe(true);
    expect(mayRecordMeetings(['HOMEROOM_TEACHER'], 'stf_2', 'stf_1')).toBe(false);
    expect(mayRecordMeetings(['SUBJECT_TEACHER'], 'stf_3', 'stf_1')).toBe(false);
    expect(mayRecordMeetings(['GRADE_LEADER'], 'stf_4', 'stf_1')).toBe(true);
    expect(mayRecordMeetings(['PRINCIPAL'], 'stf_5', null)).toBe(true);
    expect(mayRecordMeetings(['MORAL_EDUCATION'], 'stf_6', 'stf_1')).toBe(true);
  });
});
