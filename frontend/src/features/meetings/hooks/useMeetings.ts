import {
  ClassMeetingsDocument,
  LastCommitteeMeetingDocument,
  MeetingSettingsDocument,
  RecordMeetingDocument,
  type MeetingFieldsFragment,
  type RecordMeetingInput,
  type TermRefInput,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';
import { useQuery } from '../../../lib/graphql/useQuery';

export const MEETINGS_PAGE_SIZE = 20;

/** A class's meetings, newest first, of one term or all; `version` reloads after recording. */
export function useClassMeetings(classId: string, term: TermRefInput | null, version: number) {
  return useConnection<MeetingFieldsFragment, { totalCount: number }>(
    async (after) => {
      const { class: schoolClass } = await request(ClassMeetingsDocument, {
        classId,
        term,
        first: MEETINGS_PAGE_SIZE,
        after,
      });
      if (!schoolClass) return { owner: null, nodes: [], hasNextPage: false, endCursor: null };
      const { meetings } = schoolClass;
      return {
        owner: { totalCount: meetings.totalCount },
        nodes: meetings.edges.map((edge) => edge.node),
        hasNextPage: meetings.pageInfo.hasNextPage,
        endCursor: meetings.pageInfo.endCursor ?? null,
      };
    },
    `meetings:${classId}:${term ? `${term.schoolYear}:${term.number}` : 'all'}`,
    version,
  );
}

/** The calendar's terms and the policy's meeting numbers. */
export function useMeetingSettings() {
  return useQuery(() => request(MeetingSettingsDocument), 'meeting-settings');
}

/** The class's last committee meeting (its resolutions are followed up at the next). */
export function useLastCommitteeMeeting(classId: string) {
  const { data, loading, error } = useQuery(
    () => request(LastCommitteeMeetingDocument, { classId }),
    `last-committee:${classId}`,
  );
  return { meeting: data?.class?.meetings.edges[0]?.node ?? null, loading, error };
}

/** Sends recordMeeting (the form sends it once however often it is clicked). */
export const recordMeeting = async (input: RecordMeetingInput) =>
  (await request(RecordMeetingDocument, { input })).recordMeeting;
