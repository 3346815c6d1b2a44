import { describe, expect, it } from 'vitest';
import { readContactsSearch, toContactsFilter, writeContactsSearch } from './contactsSearch';

describe('contacts list filter', () => {
  it('reads the address bar, ignoring what it does not know', () => {
    const search = readContactsSearch(
      new URLSearchParams(
        'scope=grade:1&forms=HOME_VISIT,FAX&kinds=FOCUS&fromDay=2026-11-01&toDay=11/30&needsSchool=1',
      ),
    );
    expect(search).toEqual({
      scope: 'grade:1',
      forms: ['HOME_VISIT'],
      kinds: ['FOCUS'],
      fromDay: '2026-11-01',
      needsSchool: true,
    });
    expect(writeContactsSearch(search).toString()).toBe(
      'scope=grade%3A1&forms=HOME_VISIT&kinds=FOCUS&fromDay=2026-11-01&needsSchool=1',
    );
    expect(readContactsSearch(new URLSearchParams('scope=school'))).toEqual({});
  });

  it('asks for a class or a grade, whole days in the school zone', () => {
    expect(
      toContactsFilter({ fromDay: '2026-11-01', toDay: '2026-11-30' }, 'class:cls_1_2', 'Asia/Shanghai'),
    ).toEqual({ classId: 'cls_1_2', from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(toContactsFilter({ kinds: ['SCHEDULED'], needsSchool: true }, 'grade:3', 'Asia/Shanghai')).toEqual(
      {
        grade: 3,
        kinds: ['SCHEDULED'],
        needsSchool: true,
      },
    );
  });
});
