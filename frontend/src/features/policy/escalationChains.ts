import type { EscalationChainRulesInput, PolicyRulesFieldsFragment } from '../../gql/graphql';

type Chains = PolicyRulesFieldsFragment['escalationChains'];

/**
 * The escalation chains as `updatePolicy` takes them. The editor has no fields for the chains,
 * so it sends back the ones it loaded (or the chosen preset's): the API would otherwise store
 * the preset's and lose a school's own chains.
 */
export function chainsInput(chains: Chains): EscalationChainRulesInput[] {
  return chains.map((chain) => ({
    kind: chain.kind,
    backdatingDays: chain.backdatingDays,
    steps: chain.steps.map((step) => ({
      key: step.key,
      name: step.name,
      ownerRole: step.ownerRole,
      deadline: { amount: step.deadline.amount, unit: step.deadline.unit },
      requiredOutputs: [...step.requiredOutputs],
      mayAdvance: [...step.mayAdvance],
      mayResolve: [...step.mayResolve],
    })),
  }));
}
