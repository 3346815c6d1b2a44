package org.jiaxiao.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * Checks on the escalation chains of a policy before a version is stored: one chain per
 * kind, 1–10 steps with unique keys, someone who owns, advances and resolves each step, a
 * deadline in range, and the refund step last. Errors name the field by its path in the
 * input, e.g. {@code input.rules.escalationChains.0.steps.2.mayAdvance}.
 */
final class EscalationChainChecks {

	private static final Pattern KEY = Pattern.compile("[A-Z_]{1,40}");

	private static final int MAX_STEPS = 10;

	private static final int MAX_AMOUNT = 30;

	private EscalationChainChecks() {
	}

	static List<UserError> check(List<EscalationChainRules> chains) {
		List<UserError> errors = new ArrayList<>();
		Set<EscalationChainKind> kinds = new HashSet<>();
		for (int c = 0; c < chains.size(); c++) {
			EscalationChainRules chain = chains.get(c);
			List<String> at = List.of("input", "rules", "escalationChains", String.valueOf(c));
			if (!kinds.add(chain.kind())) {
				errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "kind", "每类升级流程只能有一条。"));
			}
			if (chain.backdatingLimit() < 0 || chain.backdatingLimit() > EscalationChainRules.MAX_BACKDATING_DAYS) {
				errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "backdatingDays",
						"补录期限应在 0 到 " + EscalationChainRules.MAX_BACKDATING_DAYS + " 天之间。"));
			}
			if (chain.steps().isEmpty() || chain.steps().size() > MAX_STEPS) {
				errors.add(error(UserErrorCode.EMPTY, at, "steps", "升级流程应有 1 到 " + MAX_STEPS + " 个步骤。"));
				continue;
			}
			Set<String> keys = new HashSet<>();
			for (int s = 0; s < chain.steps().size(); s++) {
				List<String> stepAt = new ArrayList<>(at);
				stepAt.addAll(List.of("steps", String.valueOf(s)));
				step(errors, stepAt, chain.steps().get(s), keys);
			}
			int refund = indexOf(chain, EscalationChainRules.REFUND_STEP);
			if (refund >= 0 && refund != chain.steps().size() - 1) {
				errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "steps", "退费步骤（REFUND）必须是最后一步。"));
			}
		}
		return errors;
	}

	private static void step(List<UserError> errors, List<String> at, EscalationStepRule step, Set<String> keys) {
		if (step.key() == null || !KEY.matcher(step.key()).matches()) {
			errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "key", "步骤键应为 1 到 40 个大写字母或下划线。"));
		}
		else if (!keys.add(step.key())) {
			errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "key", "步骤键在同一流程中不能重复：" + step.key()));
		}
		if (step.name() == null || step.name().isBlank()) {
			errors.add(error(UserErrorCode.REQUIRED, at, "name", "请填写步骤名称。"));
		}
		else if (step.name().length() > 50) {
			errors.add(error(UserErrorCode.TOO_LONG, at, "name", "步骤名称最多 50 字。"));
		}
		if (step.ownerRole() == StaffRole.ANALYST || step.mayAdvance().contains(StaffRole.ANALYST)
				|| step.mayResolve().contains(StaffRole.ANALYST)) {
			errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "ownerRole", "数据分析员不参与升级处理。"));
		}
		if (step.mayAdvance().isEmpty()) {
			errors.add(error(UserErrorCode.EMPTY, at, "mayAdvance", "请至少选择一个可推进此步骤的角色。"));
		}
		if (step.mayResolve().isEmpty()) {
			errors.add(error(UserErrorCode.EMPTY, at, "mayResolve", "请至少选择一个可在此步骤结案的角色。"));
		}
		StepDeadline deadline = step.deadline();
		if (deadline == null || deadline.amount() < 0 || deadline.amount() > MAX_AMOUNT
				|| (deadline.amount() == 0 && deadline.unit() != DeadlineUnit.WORKING_DAYS)) {
			errors.add(
					error(UserErrorCode.OUT_OF_RANGE, at, "deadline", "期限应在 0 到 " + MAX_AMOUNT + " 之间（0 仅用于“当个工作日”）。"));
		}
		for (String output : step.requiredOutputs()) {
			if (output == null || !output.matches("[A-Za-z][A-Za-z0-9]{0,39}")) {
				errors.add(error(UserErrorCode.OUT_OF_RANGE, at, "requiredOutputs", "输出项的键应为 1 到 40 个字母或数字，以字母开头。"));
				break;
			}
		}
	}

	private static int indexOf(EscalationChainRules chain, String key) {
		for (int i = 0; i < chain.steps().size(); i++) {
			if (key.equals(chain.steps().get(i).key())) {
				return i;
			}
		}
		return -1;
	}

	private static UserError error(UserErrorCode code, List<String> at, String field, String message) {
		List<String> path = new ArrayList<>(at);
		path.add(field);
		return new UserError(code, path, message);
	}

}
