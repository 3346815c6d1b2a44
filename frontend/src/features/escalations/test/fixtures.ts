import type { ChurnReport } from '../churn';
import type {
  EscalationCardFieldsFragment,
  EscalationChainFieldsFragment,
  EscalationDetailFieldsFragment,
  EscalationDetailQuery,
} from '../../../gql/graphql';

/** The tutoring centre's retention chain as the server's preset has it. */
export const RETENTION_CHAIN: EscalationChainFieldsFragment = {
  kind: 'RETENTION',
  backdatingDays: 7,
  steps: [
    {
      key: 'WARNING_SIGN',
      name: '苗头处理',
      ownerRole: 'LEARNING_MANAGER',
      deadline: { amount: 3, unit: 'CALENDAR_DAYS' },
      requiredOutputs: ['process', 'result', 'conflictPoints'],
      mayAdvance: ['LEARNING_MANAGER', 'SUPERVISOR'],
      mayResolve: ['LEARNING_MANAGER', 'SUPERVISOR'],
    },
    {
      key: 'RETENTION',
      name: '保单',
      ownerRole: 'SUPERVISOR',
      deadline: { amount: 2, unit: 'WORKING_DAYS' },
      requiredOutputs: ['refundList', 'lostContractReport', 'retentionReport'],
      mayAdvance: ['LEARNING_MANAGER', 'SUPERVISOR'],
      mayResolve: ['LEARNING_MANAGER', 'SUPERVISOR', 'CAMPUS_DIRECTOR'],
    },
    {
      key: 'REPORT',
      name: '呈报主管、校区总监',
      ownerRole: 'SUPERVISOR',
      deadline: { amount: 1, unit: 'WORKING_DAYS' },
      requiredOutputs: ['departmentFeedback', 'supervisorSummary'],
      mayAdvance: ['SUPERVISOR', 'CAMPUS_DIRECTOR'],
      mayResolve: ['CAMPUS_DIRECTOR'],
    },
    {
      key: 'DIRECTOR_REVIEW',
      name: '校区总监分析责任',
      ownerRole: 'CAMPUS_DIRECTOR',
      deadline: { amount: 1, unit: 'WORKING_DAYS' },
      requiredOutputs: ['lessonsLearned', 'responsible', 'writtenSummary'],
      mayAdvance: ['CAMPUS_DIRECTOR'],
      mayResolve: ['CAMPUS_DIRECTOR', 'PRESIDENT'],
    },
    {
      key: 'REFUND',
      name: '退费审批',
      ownerRole: 'FINANCE',
      deadline: { amount: 5, unit: 'WORKING_DAYS' },
      requiredOutputs: [],
      mayAdvance: ['FINANCE'],
      mayResolve: ['CAMPUS_DIRECTOR', 'PRESIDENT'],
    },
  ],
};

/** A school's referral chain (德育处, then 校委会). */
export const REFERRAL_CHAIN: EscalationChainFieldsFragment = {
  kind: 'SCHOOL_REFERRAL',
  backdatingDays: 7,
  steps: [
    {
      key: 'MORAL_EDUCATION',
      name: '德育处处理',
      ownerRole: 'MORAL_EDUCATION',
      deadline: { amount: 0, unit: 'WORKING_DAYS' },
      requiredOutputs: ['actionsTaken'],
      mayAdvance: ['MORAL_EDUCATION', 'PRINCIPAL'],
      mayResolve: ['MORAL_EDUCATION', 'PRINCIPAL'],
    },
    {
      key: 'LEADERSHIP',
      name: '校委会研究',
      ownerRole: 'PRINCIPAL',
      deadline: { amount: 1, unit: 'WORKING_DAYS' },
      requiredOutputs: ['decision'],
      mayAdvance: ['PRINCIPAL'],
      mayResolve: ['PRINCIPAL'],
    },
  ],
};

const HOUR = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * HOUR).toISOString();

export function card(overrides: Partial<EscalationCardFieldsFragment> = {}): EscalationCardFieldsFragment {
  return {
    id: 'esc_1',
    kind: 'RETENTION',
    matter: '家长对排课不满，提出退费',
    state: 'OPEN',
    openedAt: inHours(-5),
    closedAt: null,
    student: { id: 'stu_t1', name: '林小雨' },
    maskedStudentName: '林**',
    currentStep: {
      key: 'WARNING_SIGN',
      name: '苗头处理',
      ownerRole: 'LEARNING_MANAGER',
      owner: null,
      dueAt: inHours(50),
      overdue: false,
    },
    refund: null,
    ...overrides,
  };
}

type Step = EscalationDetailFieldsFragment['steps'][number];

export function step(key: string, overrides: Partial<Step> = {}): Step {
  const rule = RETENTION_CHAIN.steps.find((r) => r.key === key)!;
  return {
    key,
    name: rule.name,
    ownerRole: rule.ownerRole,
    owner: null,
    startedAt: inHours(-5),
    dueAt: inHours(50),
    overdue: false,
    endedAt: null,
    ending: null,
    requiredOutputs: rule.requiredOutputs,
    outputs: [],
    actions: [],
    ...overrides,
  };
}

/** An open retention escalation at `current`, the earlier steps advanced. */
export function detail(
  current = 'WARNING_SIGN',
  overrides: Partial<EscalationDetailFieldsFragment> = {},
): EscalationDetailFieldsFragment {
  const index = RETENTION_CHAIN.steps.findIndex((rule) => rule.key === current);
  const steps = RETENTION_CHAIN.steps
    .slice(0, index + 1)
    .map((rule, i) =>
      i < index ? step(rule.key, { endedAt: inHours(-1), ending: 'ADVANCED' }) : step(rule.key),
    );
  const now = steps[steps.length - 1];
  return {
    id: 'esc_1',
    kind: 'RETENTION',
    matter: '家长对排课不满，提出退费',
    state: 'OPEN',
    openedAt: inHours(-5),
    closedAt: null,
    outcome: null,
    version: 3,
    lossReasons: [],
    openedBy: { id: 'stf_lm', displayName: '周老师（学管师）' },
    student: { id: 'stu_t1', name: '林小雨' },
    maskedStudentName: '林**',
    source: null,
    currentStep: {
      key: now.key,
      name: now.name,
      ownerRole: now.ownerRole,
      owner: now.owner,
      dueAt: now.dueAt,
      overdue: now.overdue,
      requiredOutputs: now.requiredOutputs,
    },
    steps,
    refund: null,
    history: [
      {
        at: inHours(-5),
        type: 'OPENED',
        stepKey: 'WARNING_SIGN',
        note: null,
        by: { id: 'stf_lm', displayName: '周老师（学管师）' },
      },
    ],
    ...overrides,
  };
}

export function detailQuery(escalation: EscalationDetailFieldsFragment | null): EscalationDetailQuery {
  return { escalation, retention: RETENTION_CHAIN, schoolReferral: null };
}

/** Two learning managers' figures (one group without a learning manager). */
export const CHURN: ChurnReport = {
  period: { start: '2026-09-01', end: '2026-11-30' },
  groups: [
    {
      school: { id: 'sch_tutoring', name: '启航教育·海淀校区' },
      learningManager: { id: 'stf_lm', displayName: '周老师（学管师）' },
      escalations: 4,
      familiesKept: 2,
      familiesLost: 1,
      reasons: [
        { reason: 'NO_REGULAR_FOLLOW_UP', count: 2 },
        { reason: 'SLOW_RESPONSE', count: 1 },
      ],
    },
    {
      school: { id: 'sch_tutoring', name: '启航教育·海淀校区' },
      learningManager: null,
      escalations: 1,
      familiesKept: 0,
      familiesLost: 1,
      reasons: [{ reason: 'NO_REGULAR_FOLLOW_UP', count: 1 }],
    },
  ],
  totals: [
    { reason: 'NO_REGULAR_FOLLOW_UP', count: 3 },
    { reason: 'SLOW_RESPONSE', count: 1 },
  ],
};
