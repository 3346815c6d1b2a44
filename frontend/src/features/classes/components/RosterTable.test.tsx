import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../../test/render';
import { withViewer } from '../../../test/viewer';
import type { RosterStudent } from '../hooks/useRoster';
import { RosterTable } from './RosterTable';

const student = (overrides: Partial<RosterStudent>): RosterStudent => ({
  id: 'stu_1',
  studentNo: '001',
  name: '张小明',
  lastContactAt: null,
  contactsThisYear: 0,
  openObligations: 0,
  focusCategories: [],
  ...overrides,
});

function rowOf(name: string) {
  const row = screen.getByText(name).closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return within(row);
}

describe('RosterTable', () => {
  it('shows each student’s open tasks and tags focus students whose categories the viewer may see', () => {
    renderWithProviders(
      withViewer(
        ['HOMEROOM_TEACHER'],
        <RosterTable
          students={[
            student({ id: 'stu_1', name: '张小明', openObligations: 2, focusCategories: ['LEFT_BEHIND'] }),
            student({ id: 'stu_2', name: '李小红', openObligations: 0, focusCategories: [] }),
          ]}
        />,
      ),
    );
    expect(screen.getByRole('columnheader', { name: '待办' })).toBeInTheDocument();
    expect(rowOf('张小明').getByTestId('open-tasks')).toHaveTextContent('2');
    expect(rowOf('张小明').getByTestId('focus-tag')).toHaveTextContent('重点关注');
    expect(rowOf('李小红').queryByTestId('open-tasks')).toBeNull();
    expect(rowOf('李小红').queryByTestId('focus-tag')).toBeNull();
  });

  it('shows no focus tag where the categories are masked, and the count still', () => {
    renderWithProviders(
      withViewer(
        ['SUBJECT_TEACHER'],
        <RosterTable students={[student({ name: '王小军', openObligations: 1, focusCategories: null })]} />,
      ),
    );
    expect(rowOf('王小军').queryByTestId('focus-tag')).toBeNull();
    expect(rowOf('王小军').getByTestId('open-tasks')).toHaveTextContent('1');
  });
});
