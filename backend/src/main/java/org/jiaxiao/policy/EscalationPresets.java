package org.jiaxiao.policy;

import java.util.List;

import org.jiaxiao.directory.StaffRole;

import static org.jiaxiao.directory.StaffRole.CAMPUS_DIRECTOR;
import static org.jiaxiao.directory.StaffRole.FINANCE;
import static org.jiaxiao.directory.StaffRole.LEARNING_MANAGER;
import static org.jiaxiao.directory.StaffRole.MORAL_EDUCATION;
import static org.jiaxiao.directory.StaffRole.PRESIDENT;
import static org.jiaxiao.directory.StaffRole.PRINCIPAL;
import static org.jiaxiao.directory.StaffRole.SUPERVISOR;

/**
 * The escalation chains of the presets (docs/DOMAIN.md § Escalations and warning signs).
 * Who may advance or resolve a step is read from the source documents where they say it
 * and chosen as below where they do not; a school changes them in its policy.
 */
final class EscalationPresets {

	/**
	 * A school (000): a problem found at a contact goes to the moral-education office at
	 * once (the same working day); it records what it did and either settles the matter
	 * or refers it on to the school committee (校委会), which the principal chairs and which
	 * decides within a working day. 德育处 and the principal may close or refer at the first
	 * step; only the principal closes at the second (the last: there is nothing to
	 * advance to, the principal is listed because a step needs someone who may advance
	 * it).
	 */
	static final EscalationChainRules SCHOOL_REFERRAL = new EscalationChainRules(EscalationChainKind.SCHOOL_REFERRAL,
			List.of(step("MORAL_EDUCATION", "德育处处理", MORAL_EDUCATION, workingDays(0), List.of("actionsTaken"),
					List.of(MORAL_EDUCATION, PRINCIPAL), List.of(MORAL_EDUCATION, PRINCIPAL)),
					step("LEADERSHIP", "校委会研究", PRINCIPAL, workingDays(1), List.of(), List.of(PRINCIPAL),
							List.of(PRINCIPAL))),
			EscalationChainRules.DEFAULT_BACKDATING_DAYS);

	/**
	 * A tutoring centre (001), "try hard not to reach the next step":
	 * <ol>
	 * <li>warning sign (苗头), the learning manager within 3 days: process, result and, if
	 * it fails, the points of conflict; the learning manager or the supervisor (who may
	 * guide the talk) advance or settle it;</li>
	 * <li>retention (保单), owned by the supervisor (who leads once a refund is on the
	 * table) within 2 working days: refund list, lost-contract report, retention report;
	 * the learning manager writes them and advances, the supervisor too; the campus
	 * director, who joins when it is hard, may also settle it;</li>
	 * <li>report to the supervisor and the campus director within 1 working day: feedback
	 * to the departments and the supervisor's summary; "success or failure, go on": the
	 * supervisor or the director advance; the director, who tries once more, may still
	 * keep the family;</li>
	 * <li>the director's review within 1 working day: lessons learned, who was
	 * responsible, a written summary; the director advances to the refund, and the
	 * director or, by instruction, the president may keep the family;</li>
	 * <li>refund, owned by finance within 5 working days (the documents give no number):
	 * the family's written application, finance's review, the president's approval
	 * (separate mutations); the director or the president may still settle it if the
	 * family withdraws.</li>
	 * </ol>
	 */
	static final EscalationChainRules RETENTION = new EscalationChainRules(EscalationChainKind.RETENTION,
			List.of(step("WARNING_SIGN", "苗头处理", LEARNING_MANAGER, new StepDeadline(3, DeadlineUnit.CALENDAR_DAYS),
					List.of("process", "result", "conflictPoints"), List.of(LEARNING_MANAGER, SUPERVISOR),
					List.of(LEARNING_MANAGER, SUPERVISOR)),
					step("RETENTION", "保单", SUPERVISOR, workingDays(2),
							List.of("refundList", "lostContractReport", "retentionReport"),
							List.of(LEARNING_MANAGER, SUPERVISOR),
							List.of(LEARNING_MANAGER, SUPERVISOR, CAMPUS_DIRECTOR)),
					step("REPORT", "呈报主管、校区总监", SUPERVISOR, workingDays(1),
							List.of("departmentFeedback", "supervisorSummary"), List.of(SUPERVISOR, CAMPUS_DIRECTOR),
							List.of(CAMPUS_DIRECTOR)),
					step("DIRECTOR_REVIEW", "校区总监分析责任", CAMPUS_DIRECTOR, workingDays(1),
							List.of("lessonsLearned", "responsible", "writtenSummary"), List.of(CAMPUS_DIRECTOR),
							List.of(CAMPUS_DIRECTOR, PRESIDENT)),
					step(EscalationChainRules.REFUND_STEP, "退费审批", FINANCE, workingDays(5), List.of(), List.of(FINANCE),
							List.of(CAMPUS_DIRECTOR, PRESIDENT))),
			EscalationChainRules.DEFAULT_BACKDATING_DAYS);

	private EscalationPresets() {
	}

	private static StepDeadline workingDays(int amount) {
		return new StepDeadline(amount, DeadlineUnit.WORKING_DAYS);
	}

	private static EscalationStepRule step(String key, String name, StaffRole owner, StepDeadline deadline,
			List<String> outputs, List<StaffRole> mayAdvance, List<StaffRole> mayResolve) {
		return new EscalationStepRule(key, name, owner, deadline, outputs, mayAdvance, mayResolve);
	}

}
