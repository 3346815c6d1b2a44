import { describe, expect, it } from 'vitest';
import { studentLabel } from './studentLabel';

describe('studentLabel', () => {
  it('shows the name to those who see the student', () => {
    expect(studentLabel({ student: { name: '王小明' }, maskedStudentName: '王**' })).toBe('王小明');
  });

  it('shows the masked name to finance, which sees no student', () => {
    expect(studentLabel({ student: null, maskedStudentName: '王**' })).toBe('王**');
  });
});
