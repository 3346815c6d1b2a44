import {
  DirectoryClassesDocument,
  DirectoryStaffDocument,
  DirectoryStudentCardDocument,
  DirectoryStudentsDocument,
  MoveStudentDocument,
  SaveHouseholdDocument,
  SaveStaffMemberDocument,
  SaveStudentDocument,
  SetStudentStatusDocument,
  type DirectoryStudentFieldsFragment,
  type MoveStudentInput,
  type SaveHouseholdInput,
  type SaveStaffMemberInput,
  type SaveStudentInput,
  type SetStudentStatusInput,
  type StudentStatus,
} from '../../../gql/graphql';
import { request } from '../../../lib/graphql/client';
import { useConnection } from '../../../lib/graphql/useConnection';
import { useQuery } from '../../../lib/graphql/useQuery';

export const DIRECTORY_PAGE_SIZE = 50;

/** The school's classes, by grade then name; `version` reloads after an edit. */
export function useDirectoryClasses(version = 0) {
  return useQuery(() => request(DirectoryClassesDocument), `directory-classes#${version}`);
}

/** A class's students (or the school's), in 学籍号 order, page by page. */
export function useDirectoryStudents(
  classId: string | null,
  status: StudentStatus | null,
  search: string,
  version: number,
) {
  return useConnection<DirectoryStudentFieldsFragment, Record<string, never>>(
    async (after) => {
      const { directory } = await request(DirectoryStudentsDocument, {
        classId,
        status,
        search: search.trim() || null,
        first: DIRECTORY_PAGE_SIZE,
        after,
      });
      const { students } = directory;
      return {
        owner: {},
        nodes: students.edges.map((edge) => edge.node),
        hasNextPage: students.pageInfo.hasNextPage,
        endCursor: students.pageInfo.endCursor ?? null,
      };
    },
    `directory-students:${classId ?? 'all'}:${status ?? 'any'}:${search.trim()}`,
    version,
  );
}

/** A student's directory card with the household's guardians. */
export function useDirectoryStudentCard(id: string, version: number) {
  return useQuery(() => request(DirectoryStudentCardDocument, { id }), `directory-student:${id}#${version}`);
}

export function useDirectoryStaff(version: number) {
  return useQuery(() => request(DirectoryStaffDocument, { search: null }), `directory-staff#${version}`);
}

export const saveStudent = async (input: SaveStudentInput) =>
  (await request(SaveStudentDocument, { input })).saveStudent;

export const saveHousehold = async (input: SaveHouseholdInput) =>
  (await request(SaveHouseholdDocument, { input })).saveHousehold;

export const moveStudent = async (input: MoveStudentInput) =>
  (await request(MoveStudentDocument, { input })).moveStudent;

export const setStudentStatus = async (input: SetStudentStatusInput) =>
  (await request(SetStudentStatusDocument, { input })).setStudentStatus;

export const saveStaffMember = async (input: SaveStaffMemberInput) =>
  (await request(SaveStaffMemberDocument, { input })).saveStaffMember;
