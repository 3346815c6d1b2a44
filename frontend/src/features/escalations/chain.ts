import type { TFunction } from 'i18next';
import type {
  EscalationChainFieldsFragment,
  EscalationChainKind,
  EscalationChainsQuery,
  StaffRole,
} from '../../gql/graphql';

export type ChainRules = EscalationChainFieldsFragment;
export type StepRule = ChainRules['steps'][number];

/** The key of the retention chain's last step, where the family's refund is decided. */
export const REFUND_STEP = 'REFUND';

/** The chains the school has, in the order the board offers them. */
export function availableChains(chains: EscalationChainsQuery | undefined): ChainRules[] {
  if (!chains) return [];
  return [chains.retention, chains.schoolReferral].filter((chain): chain is ChainRules => chain != null);
}

export function chainOf(
  chains: EscalationChainsQuery | undefined,
  kind: EscalationChainKind,
): ChainRules | undefined {
  const chain = kind === 'RETENTION' ? chains?.retention : chains?.schoolReferral;
  return chain ?? undefined;
}

/** A step's deadline as words: "3 天内", "当个工作日内". */
export function deadlineLabel(deadline: StepRule['deadline'], t: TFunction): string {
  if (deadline.unit === 'WORKING_DAYS' && deadline.amount === 0)
    return t('escalation.deadline.sameWorkingDay');
  return t(`escalation.deadline.${deadline.unit}`, { count: deadline.amount });
}

/** What may be done to an escalation; the buttons the detail page offers. */
export type EscalationAction =
  | 'acknowledge'
  | 'recordAction'
  | 'advance'
  | 'resolve'
  | 'tagReasons'
  | 'applyRefund'
  | 'financeReview'
  | 'presidentDecision';

/** Those who receive the family's written refund application (the centre's own staff). */
const REFUND_APPLICANT_ROLES: readonly StaffRole[] = ['LEARNING_MANAGER', 'SUPERVISOR', 'CAMPUS_DIRECTOR'];

interface ActionableEscalation {
  kind: EscalationChainKind;
  state: string;
  currentStep: { key: string; ownerRole: StaffRole; owner: { id: string } | null } | null;
  refund: {
    financeReview: { approved: boolean } | null;
    presidentDecision?: { approved: boolean } | null;
  } | null;
}

const any = (roles: readonly StaffRole[], wanted: readonly StaffRole[]) =>
  roles.some((role) => wanted.includes(role));

/** Every role that owns, advances or resolves a step of the chain: they may tag loss reasons. */
function participants(chain: ChainRules | undefined): StaffRole[] {
  return (chain?.steps ?? []).flatMap((rule) => [rule.ownerRole, ...rule.mayAdvance, ...rule.mayResolve]);
}

/**
 * The actions to offer the viewer, from the chain's rules for the current step: its owner
 * role takes it on; anyone who sees it records an action; `mayAdvance` passes it on (never
 * past the last step); `mayResolve` closes it; the chain's participants tag loss reasons
 * (retention only); at the refund step the application, then finance's review, then (once
 * finance approved) the president's decision. The server checks every one again and refuses
 * with a UserError (INVALID_TRANSITION, NOT_ALLOWED…) what the rules do not allow.
 */
export function availableActions(
  escalation: ActionableEscalation,
  chain: ChainRules | undefined,
  roles: readonly StaffRole[],
): EscalationAction[] {
  const step = escalation.currentStep;
  if (escalation.state !== 'OPEN' || !step) return [];
  const index = chain?.steps.findIndex((rule) => rule.key === step.key) ?? -1;
  const rule = index >= 0 ? chain!.steps[index] : undefined;
  const hasNext = index >= 0 && index < chain!.steps.length - 1;
  const owns = roles.includes(step.ownerRole);
  const advances = rule !== undefined && any(roles, rule.mayAdvance);
  const resolves = rule !== undefined && any(roles, rule.mayResolve);
  const actions: EscalationAction[] = [];
  if (owns && !step.owner) actions.push('acknowledge');
  actions.push('recordAction');
  if (advances && hasNext) actions.push('advance');
  if (resolves) actions.push('resolve');
  if (escalation.kind === 'RETENTION' && any(roles, participants(chain))) {
    actions.push('tagReasons');
  }
  if (step.key === REFUND_STEP) {
    const refund = escalation.refund;
    if (!refund && any(roles, REFUND_APPLICANT_ROLES)) actions.push('applyRefund');
    if (refund && !refund.financeReview && roles.includes('FINANCE')) actions.push('financeReview');
    if (refund?.financeReview?.approved && !refund.presidentDecision && roles.includes('PRESIDENT')) {
      actions.push('presidentDecision');
    }
  }
  return actions;
}

/** The rule after the current step, if any (the advance form names it). */
export function nextStepRule(chain: ChainRules | undefined, stepKey: string): StepRule | undefined {
  const index = chain?.steps.findIndex((rule) => rule.key === stepKey) ?? -1;
  return index >= 0 ? chain!.steps[index + 1] : undefined;
}
