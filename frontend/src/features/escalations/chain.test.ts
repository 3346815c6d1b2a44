import { describe, expect, it } from 'vitest';
import type { StaffRole } from '../../gql/graphql';
import { availableActions, deadlineLabel } from './chain';
import { detail, RETENTION_CHAIN } from './test/fixtures';

const actions = (roles: StaffRole[], escalation = detail()) =>
  availableActions(escalation, RETENTION_CHAIN, roles);

const t = ((key: string, values?: { count?: number }) =>
  values?.count !== undefined ? `${key}:${values.count}` : key) as never;

describe('availableActions', () => {
  it("offers the warning sign's owner role to take it on, advance, resolve and tag reasons", () => {
    expect(actions(['LEARNING_MANAGER'])).toEqual([
      'acknowledge',
      'recordAction',
      'advance',
      'resolve',
      'tagReasons',
    ]);
  });

  it('no longer offers taking on a step someone owns', () => {
    const owned = detail('WARNING_SIGN');
    owned.currentStep = { ...owned.currentStep!, owner: { id: 'stf_lm', displayName: '周老师' } };
    expect(actions(['LEARNING_MANAGER'], owned)).not.toContain('acknowledge');
  });

  it('lets a consultant only record what was done', () => {
    expect(actions(['CONSULTANT'])).toEqual(['recordAction']);
  });

  it('lets the director resolve the report step but not advance the retention step', () => {
    expect(actions(['CAMPUS_DIRECTOR'], detail('REPORT'))).toEqual(
      expect.arrayContaining(['advance', 'resolve']),
    );
    expect(actions(['CAMPUS_DIRECTOR'], detail('RETENTION'))).not.toContain('advance');
    expect(actions(['CAMPUS_DIRECTOR'], detail('RETENTION'))).toContain('resolve');
  });

  it('at the refund step: applicants record the application, never the decisions', () => {
    const applied = actions(['LEARNING_MANAGER'], detail('REFUND'));
    expect(applied).toContain('applyRefund');
    expect(applied).not.toContain('financeReview');
    expect(applied).not.toContain('presidentDecision');
    expect(applied).not.toContain('advance');
  });

  it('finance reviews once the application is in; the president decides only after finance approved', () => {
    const refund = {
      applicantName: '林妈妈',
      appliedOn: '2026-11-20',
      reason: '孩子转学',
      contract: null,
      financeReview: null,
      presidentDecision: null,
    };
    expect(actions(['FINANCE'], detail('REFUND'))).not.toContain('financeReview');
    expect(actions(['FINANCE'], detail('REFUND', { refund }))).toContain('financeReview');
    expect(actions(['PRESIDENT'], detail('REFUND', { refund }))).not.toContain('presidentDecision');
    const reviewed = {
      ...refund,
      financeReview: { at: '2026-11-21T01:00:00Z', approved: true, note: null, by: null },
    };
    expect(actions(['PRESIDENT'], detail('REFUND', { refund: reviewed }))).toContain('presidentDecision');
    expect(actions(['LEARNING_MANAGER'], detail('REFUND', { refund: reviewed }))).not.toContain(
      'presidentDecision',
    );
    expect(actions(['FINANCE'], detail('REFUND', { refund: reviewed }))).not.toContain('financeReview');
  });

  it('offers nothing on a closed escalation', () => {
    const closed = detail('WARNING_SIGN', { state: 'RESOLVED', currentStep: null });
    expect(actions(['SUPERVISOR'], closed)).toEqual([]);
  });

  it('still offers recording and the roles of a step the app has no rule for', () => {
    const unknown = detail('WARNING_SIGN');
    unknown.currentStep = { ...unknown.currentStep!, key: 'EXTRA', ownerRole: 'SUPERVISOR' };
    expect(availableActions(unknown, RETENTION_CHAIN, ['SUPERVISOR'])).toEqual(
      expect.arrayContaining(['acknowledge', 'recordAction']),
    );
  });
});

describe('deadlineLabel', () => {
  it('names the same working day for 0 working days', () => {
    expect(deadlineLabel({ amount: 0, unit: 'WORKING_DAYS' }, t)).toBe('escalation.deadline.sameWorkingDay');
    expect(deadlineLabel({ amount: 3, unit: 'CALENDAR_DAYS' }, t)).toBe(
      'escalation.deadline.CALENDAR_DAYS:3',
    );
  });
});
