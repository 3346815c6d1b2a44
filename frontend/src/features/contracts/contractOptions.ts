import type { Dayjs } from 'dayjs';
import type { RecordContractInput, StaffRole } from '../../gql/graphql';

/** Roles that record a family's new contract (the server checks again). */
export const CONTRACT_SIGNER_ROLES: readonly StaffRole[] = ['CONSULTANT', 'SUPERVISOR', 'CAMPUS_DIRECTOR'];

/** A tutoring centre's roles that work with families: they see a student's contracts. */
export const TUTORING_ROLES: readonly StaffRole[] = [
  'LEARNING_MANAGER',
  'CONSULTANT',
  'SUPERVISOR',
  'CAMPUS_DIRECTOR',
  'PRESIDENT',
];

type Roles = readonly StaffRole[] | undefined;

export function mayRecordContracts(roles: Roles): boolean {
  return roles?.some((role) => CONTRACT_SIGNER_ROLES.includes(role)) ?? false;
}

export function worksWithContracts(roles: Roles): boolean {
  return roles?.some((role) => TUTORING_ROLES.includes(role)) ?? false;
}

/** Subjects offered in the form; others may be typed in. */
export const SUBJECTS: readonly string[] = [
  '语文',
  '数学',
  '英语',
  '物理',
  '化学',
  '生物',
  '历史',
  '地理',
  '政治',
];

/** The server's limits (RecordContractInput). */
export const MAX_SUBJECTS = 10;
export const MAX_SUBJECT_LENGTH = 20;
export const MAX_LESSONS = 1000;

/** The form's fields, by the RecordContractInput field a UserError may name. */
export const CONTRACT_FIELDS: Record<string, string> = {
  signedOn: 'signedOn',
  consultantId: 'consultantId',
  learningManagerId: 'learningManagerId',
  subjects: 'subjects',
  lessonsBought: 'lessonsBought',
  firstLessonAt: 'firstLessonAt',
};

export interface ContractFormValues {
  signedOn?: Dayjs;
  consultantId?: string;
  learningManagerId?: string;
  subjects: string[];
  lessonsBought?: number;
  firstLessonAt?: Dayjs | null;
}

/** The mutation's input from the form's values; blank subjects dropped, duplicates once. */
export function contractInput(
  studentId: string,
  values: ContractFormValues,
  idempotencyKey: string,
): RecordContractInput {
  const subjects = [...new Set(values.subjects.map((subject) => subject.trim()).filter(Boolean))];
  return {
    studentId,
    signedOn: values.signedOn!.format('YYYY-MM-DD'),
    subjects,
    lessonsBought: values.lessonsBought!,
    ...(values.consultantId ? { consultantId: values.consultantId } : {}),
    ...(values.learningManagerId ? { learningManagerId: values.learningManagerId } : {}),
    ...(values.firstLessonAt ? { firstLessonAt: values.firstLessonAt.toISOString() } : {}),
    idempotencyKey,
  };
}
