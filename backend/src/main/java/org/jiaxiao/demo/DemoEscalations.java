package org.jiaxiao.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.escalation.EscalationOpener;
import org.jiaxiao.escalation.EscalationScript;
import org.jiaxiao.escalation.LossReason;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Escalations for the demo, built with the same transitions as the API at times before
 * now: at the tutoring centre a warning sign left past its three days, a retention step
 * under way, a refund awaiting finance, a family kept and a family refunded (both with
 * loss reasons); at the demo school a matter referred to 德育处 and taken on. Loaded once,
 * after the policies and calendars (the chains and deadlines come from them), and only
 * where a school has no escalation yet.
 */
@Component
@ConditionalOnBooleanProperty("jiaxiao.demo-data.enabled")
class DemoEscalations {

	private static final Logger log = LoggerFactory.getLogger(DemoEscalations.class);

	private static final String SCHOOL_ID = "sch_demo";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final DirectoryService directory;

	private final EscalationOpener opener;

	private final Contracts contracts;

	private final java.time.Clock clock;

	DemoEscalations(DirectoryService directory, EscalationOpener opener, Contracts contracts, java.time.Clock clock) {
		this.directory = directory;
		this.opener = opener;
		this.contracts = contracts;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(DemoCompliance.ORDER + 1)
	void seed() {
		Instant now = this.clock.instant();
		if (!this.directory.schoolsByIds(List.of(DemoTutoringCentre.SCHOOL_ID)).isEmpty()
				&& !this.opener.anyAt(DemoTutoringCentre.SCHOOL_ID)) {
			seedCentre(now);
			log.info("Demo escalations loaded at {}.", DemoTutoringCentre.SCHOOL_ID);
		}
		if (!this.directory.schoolsByIds(List.of(SCHOOL_ID)).isEmpty() && !this.opener.anyAt(SCHOOL_ID)) {
			seedSchool(now);
		}
	}

	private void seedCentre(Instant now) {
		List<Student> grade8 = students(DemoTutoringCentre.GROUP_GRADE8);
		List<Student> grade9 = students(DemoTutoringCentre.GROUP_GRADE9);
		StaffMember manager = staff("learning-manager");
		StaffMember manager2 = staff("learning-manager-2");
		StaffMember supervisor = staff("supervisor");
		StaffMember director = staff("director");
		StaffMember finance = staff("finance");
		StaffMember president = staff("president");

		// A warning sign taken on five days ago and left past its three days.
		Instant opened = now.minus(Duration.ofDays(5));
		this.opener.importHistorical(script("esc_demo_t1", grade8.get(1), "家长反映近两周数学课听不懂，提出想停课。", manager, opened)
			.acknowledge(manager, opened.plus(Duration.ofHours(2)))
			.action(manager, opened.plus(Duration.ofHours(3)), "已向任课老师了解课堂情况，约家长周末面谈。")
			.escalation());

		// The retention step under way since yesterday: the supervisor leads.
		opened = now.minus(Duration.ofHours(36));
		this.opener.importHistorical(script("esc_demo_t2", grade8.get(4), "家长对更换数学老师不满，要求退费。", manager, opened)
			.advance(manager, opened.plus(Duration.ofHours(12)), warningOutputs("家长坚持退费，认为换老师未提前告知。"),
					LossReason.CHANGES_NOT_COMMUNICATED)
			.acknowledge(supervisor, opened.plus(Duration.ofHours(13)))
			.escalation());

		// The whole chain to the refund, the application waiting for finance.
		opened = now.minus(Duration.ofDays(8));
		Student leaving = grade9.get(2);
		this.opener.importHistorical(untilRefund(script("esc_demo_t3", leaving, "学生多次缺课，家长称孩子不愿再来。", manager2, opened),
				manager2, supervisor, director, opened)
			.applyForRefund(director, now.minus(Duration.ofDays(1)), contractOf(leaving), "学生家长",
					LocalDate.ofInstant(now.minus(Duration.ofDays(1)), SHANGHAI), "孩子学习压力大，决定暂停课外辅导。")
			.escalation());

		// A family kept at the retention step.
		opened = now.minus(Duration.ofDays(40));
		this.opener.importHistorical(script("esc_demo_t4", grade8.get(7), "家长抱怨学管师回访太少。", manager, opened)
			.advance(manager, opened.plus(Duration.ofDays(2)), warningOutputs("家长仍有顾虑，希望主管介入。"),
					LossReason.NO_REGULAR_FOLLOW_UP)
			.resolve(supervisor, opened.plus(Duration.ofDays(3)), "主管面谈后家长同意继续上课，回访改为每周一次。")
			.escalation());

		// A family refunded: finance and the president approved.
		opened = now.minus(Duration.ofDays(30));
		Student refunded = grade9.get(5);
		Instant applied = opened.plus(Duration.ofDays(8));
		this.opener.importHistorical(untilRefund(script("esc_demo_t5", refunded, "家长多次投诉学管师回复慢。", manager2, opened),
				manager2, supervisor, director, opened)
			.tag(director, opened.plus(Duration.ofDays(7)), LossReason.SLOW_RESPONSE, LossReason.NO_REGULAR_FOLLOW_UP,
					LossReason.SERVICE_ATTITUDE)
			.applyForRefund(director, applied, contractOf(refunded), "学生家长", LocalDate.ofInstant(applied, SHANGHAI),
					"对服务不满意，申请退还剩余课时费。")
			.financeReview(finance, applied.plus(Duration.ofDays(1)), true, "剩余课时核对无误。")
			.presidentDecision(president, applied.plus(Duration.ofDays(2)), true, "同意，按合同退还剩余课时费。")
			.escalation());
	}

	/** The four steps before the refund, a day or two each. */
	private static EscalationScript untilRefund(EscalationScript script, StaffMember manager, StaffMember supervisor,
			StaffMember director, Instant opened) {
		return script
			.advance(manager, opened.plus(Duration.ofDays(2)), warningOutputs("家长态度坚决，冲突点在课时安排和学习效果。"),
					LossReason.SLOW_RESPONSE)
			.advance(supervisor, opened.plus(Duration.ofDays(4)),
					Map.of("refundList", "剩余课时 18 节", "lostContractReport", "失单原因：回访不及时，学习效果未达预期。", "retentionReport",
							"主管与家长两次面谈，提出更换老师、增加回访，家长未接受。"))
			.advance(supervisor, opened.plus(Duration.ofDays(5)),
					Map.of("departmentFeedback", "已向学管部、咨询部反馈。", "supervisorSummary", "主管书面纪要已呈报校区总监。"))
			.advance(director, opened.plus(Duration.ofDays(6)), Map.of("lessonsLearned", "新生前两个月回访频率不足。", "responsible",
					"学管师（已面谈指导）", "writtenSummary", "书面纪要已呈报总裁。"));
	}

	private static Map<String, String> warningOutputs(String conflict) {
		return Map.of("process", "与任课老师、咨询师了解情况后与家长电话沟通。", "result", "家长情绪暂时稳定，但仍有意见。", "conflictPoints", conflict);
	}

	/** A matter from a home visit referred to 德育处, who took it on. */
	private void seedSchool(Instant now) {
		List<String> class11 = this.directory.studentIdsOfClasses(List.of("cls_1_1"));
		if (class11.size() < 6) {
			return;
		}
		Student student = this.directory.studentsByIds(List.of(class11.get(5))).get(0);
		Instant opened = now.minus(Duration.ofHours(3));
		this.opener.importHistorical(this.opener
			.script("esc_demo_s1", student, EscalationChainKind.SCHOOL_REFERRAL, "家访中家长反映孩子在校受到高年级同学欺负，需要学校介入。",
					staff("homeroom"), opened)
			.acknowledge(staff("deyu"), opened.plus(Duration.ofHours(1)))
			.escalation());
	}

	private EscalationScript script(String id, Student student, String matter, StaffMember openedBy, Instant at) {
		return this.opener.script(id, student, EscalationChainKind.RETENTION, matter, openedBy, at);
	}

	private List<Student> students(String groupId) {
		return this.directory.studentsByIds(this.directory.studentIdsOfClasses(List.of(groupId)))
			.stream()
			.sorted(java.util.Comparator.comparing(Student::studentNo))
			.toList();
	}

	private String contractOf(Student student) {
		return this.contracts.ofStudents(List.of(student.id()))
			.stream()
			.findFirst()
			.map(TutoringContract::id)
			.orElseThrow();
	}

	private StaffMember staff(String username) {
		return this.directory.staffByUsername(username).orElseThrow();
	}

}
