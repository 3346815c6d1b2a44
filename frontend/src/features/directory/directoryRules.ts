/** A mainland mobile number, as the server checks it (INVALID_FORMAT otherwise). */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

/** 学籍号 and 工号: letters, digits and hyphens, at most 30. */
export const NUMBER_PATTERN = /^[A-Za-z0-9-]{1,30}$/;

export const STUDENT_STATUSES = ['ACTIVE', 'TRANSFERRED', 'GRADUATED', 'SUSPENDED'] as const;

export const LEAVING_STATUSES = ['TRANSFERRED', 'GRADUATED', 'SUSPENDED'] as const;

export const RELATIONS = ['MOTHER', 'FATHER', 'GRANDMOTHER', 'GRANDFATHER', 'OTHER'] as const;

/** The mutations' input fields and the form fields that show their UserErrors. */
export const STUDENT_FIELDS: Readonly<Record<string, string>> = {
  studentNo: 'studentNo',
  name: 'name',
  gender: 'gender',
  dateOfBirth: 'dateOfBirth',
  classId: 'classId',
};

export const MOVE_FIELDS: Readonly<Record<string, string>> = { classId: 'classId', on: 'on' };

export const STATUS_FIELDS: Readonly<Record<string, string>> = { status: 'status', on: 'on' };

export const STAFF_FIELDS: Readonly<Record<string, string>> = {
  username: 'username',
  displayName: 'displayName',
  staffNo: 'staffNo',
  mobile: 'mobile',
  roles: 'roles',
};
