import { render, screen } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MemoryRouter, Route, Routes } from 'react-router';
import { AppProviders } from '../../../app/providers/AppProviders';
import {
  HouseholdProfileDocument,
  HouseholdTimelineDocument,
  type HouseholdProfileQuery,
  type HouseholdTimelineQuery,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { withViewer } from '../../../test/viewer';
import HouseholdPage from './HouseholdPage';

vi.mock('../../../lib/graphql/client', () => ({ request: vi.fn() }));
const requestMock = vi.mocked(request);

const profile: HouseholdProfileQuery = {
  node: {
    __typename: 'Household',
    id: 'hh_0001',
    address: '海淀区望京西路',
    maskedFields: ['situation'],
    situation: null,
    guardians: [
      { id: 'g1', name: '曹彤', relation: 'FATHER', phone: '170****3220', preferredChannel: 'WECHAT' },
    ],
    students: [
      { id: 's1', name: '曹轩', studentNo: '20260101', class: { id: 'cls_1_1', name: '一年级1班' } },
      { id: 's2', name: '曹安语', studentNo: '20260201', class: { id: 'cls_1_2', name: '一年级2班' } },
    ],
  },
};

const timeline: HouseholdTimelineQuery = {
  node: {
    __typename: 'Household',
    id: 'hh_0001',
    timeline: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
  },
};

function renderPage() {
  render(
    <AppProviders>
      <MemoryRouter initialEntries={['/households/hh_0001']}>
        {withViewer(
          ['SUBJECT_TEACHER'],
          <Routes>
            <Route path="/households/:id" element={<HouseholdPage />} />
          </Routes>,
        )}
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('HouseholdPage', () => {
  beforeEach(() => {
    requestMock.mockReset();
  });

  it('shows the children, guardians and the merged timeline of the household', async () => {
    requestMock.mockImplementation(async (document) => {
      if (document === HouseholdProfileDocument) return profile;
      if (document === HouseholdTimelineDocument) return timeline;
      throw new Error('unexpected request');
    });
    renderPage();
    expect(await screen.findByTestId('household-title')).toHaveTextContent('家庭：曹轩、曹安语');
    const children = screen.getAllByTestId('household-child');
    expect(children.map((c) => c.getAttribute('href'))).toEqual(['/students/s1', '/students/s2']);
    expect(children[1]).toHaveTextContent('曹安语（一年级2班）');
    expect(screen.getByTestId('restricted-situation')).toBeInTheDocument();
    expect(screen.getByTestId('guardian-phone')).toHaveTextContent('170****3220');
    expect(await screen.findByText('还没有联系记录。')).toBeInTheDocument();
    expect(requestMock).toHaveBeenCalledWith(HouseholdProfileDocument, { id: 'hh_0001' });
    expect(requestMock).toHaveBeenCalledWith(HouseholdTimelineDocument, {
      id: 'hh_0001',
      first: 20,
      after: null,
      filter: null,
    });
  });

  it('says so when the household is missing or not visible', async () => {
    requestMock.mockResolvedValue({ node: null } satisfies HouseholdProfileQuery);
    renderPage();
    expect(await screen.findByText('未找到该家庭或无权查看')).toBeInTheDocument();
  });
});
