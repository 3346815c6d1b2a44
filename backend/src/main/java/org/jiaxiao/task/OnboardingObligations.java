package org.jiaxiao.task;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.WorkingDays;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.policy.OnboardingRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.task.Obligation.Satisfying;
import org.jiaxiao.task.Obligation.Trigger;
import org.jiaxiao.task.Obligation.TriggerKind;
import org.jiaxiao.task.StudentFacts.StudentRef;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.tutoring.ContractState;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A new tutoring student's onboarding chain, the learning manager's tasks from the
 * contract to the tutoring plan. {@link #apply} makes the chain match the contract as it
 * stands: it creates the steps not there yet (those counted from the first lesson once it
 * is scheduled) and moves the due times of open ones whose basis changed (the file
 * received, the first lesson moved, the lessons given). It is idempotent, so the
 * listener, a retried request and the sweep's catch-up may all run it.
 */
@Component
class OnboardingObligations {

	/** A call or a meeting: what the source calls 打电话 and 回访 (电话、见面等). */
	static final List<ContactForm> CALL_OR_MEETING = List.of(ContactForm.PHONE, ContactForm.VIDEO_CALL,
			ContactForm.HOME_VISIT, ContactForm.PARENT_VISIT, ContactForm.INVITED_VISIT);

	/** Any channel that reaches this family in person (有效通知), not a group message. */
	private static final List<ContactForm> NOTICE = List.of(ContactForm.PHONE, ContactForm.VIDEO_CALL,
			ContactForm.HOME_VISIT, ContactForm.PARENT_VISIT, ContactForm.INVITED_VISIT, ContactForm.ONLINE_MESSAGE,
			ContactForm.LETTER_OR_EMAIL, ContactForm.CONTACT_BOOK);

	private final MongoTemplate mongo;

	private final ObligationWriter writer;

	private final PolicyService policies;

	private final CalendarService calendars;

	private final DirectoryService directory;

	private final StudentFacts students;

	private final TimelineContacts timeline;

	OnboardingObligations(MongoTemplate mongo, ObligationWriter writer, PolicyService policies,
			CalendarService calendars, DirectoryService directory, StudentFacts students, TimelineContacts timeline) {
		this.mongo = mongo;
		this.writer = writer;
		this.policies = policies;
		this.calendars = calendars;
		this.directory = directory;
		this.students = students;
		this.timeline = timeline;
	}

	/**
	 * Brings the contract's onboarding tasks up to date as of {@code now}.
	 * @param progressReported the learning manager has just reported the lessons given:
	 * enough of them bring the tutoring plan forward to today
	 * @return tasks created or moved
	 */
	int apply(TutoringContract contract, Instant now, boolean progressReported) {
		if (contract.state() != ContractState.ACTIVE || contract.learningManagerId() == null) {
			return 0;
		}
		ZoneId zone = this.directory.school(contract.schoolId()).zone();
		OnboardingRules rules = this.policies.inForce(contract.schoolId(), contract.signedOn()).rules().onboarding();
		List<StudentRef> refs = this.students.of(contract.schoolId(), List.of(contract.studentId()));
		if (rules == null || refs.isEmpty()) {
			return 0;
		}
		OnboardingSchedule schedule = new OnboardingSchedule(rules,
				this.calendars.calendar(contract.schoolId()).workingDays(), zone);
		Map<ObligationRule, Obligation> existing = chain(contract.id());
		int changed = 0;
		boolean createdContactTask = false;
		Trigger trigger = trigger(contract, zone);
		for (Step step : steps(contract, schedule, existing, progressReported ? now : null, now)) {
			Obligation found = existing.get(step.rule());
			if (found != null) {
				changed += this.writer.reschedule(found, step.dueAt(), step.satisfying(), now) ? 1 : 0;
				continue;
			}
			Optional<Obligation> created = this.writer.insert(contract.schoolId(), step.rule(), trigger,
					contract.learningManagerId(), List.of(contract.studentId()), refs.get(0), step.title(),
					step.dueAt(), step.satisfying(), now);
			if (created.isPresent()) {
				changed++;
				createdContactTask |= !step.rule().completedByHand();
			}
		}
		if (createdContactTask) {
			// The family may have been phoned before the contract was entered.
			this.timeline.satisfyWithContactsSince(contract.studentId(), trigger.at());
		}
		return changed;
	}

	/** The chain's steps as the contract stands, with their due times. */
	private static List<Step> steps(TutoringContract contract, OnboardingSchedule schedule,
			Map<ObligationRule, Obligation> existing, @Nullable Instant reportedAt, Instant now) {
		OnboardingRules rules = schedule.rules();
		Instant signed = contract.signedOn().atStartOfDay(schedule.zone()).toInstant();
		Instant fileDue = schedule.fileDue(contract.signedOn());
		Obligation file = existing.get(ObligationRule.ONBOARDING_FILE);
		Instant fileAt = (file != null && file.completion() != null) ? file.completion().at() : fileDue;
		List<Step> steps = new ArrayList<>();
		steps.add(new Step(ObligationRule.ONBOARDING_FILE, "接收新生档案（签约后 " + rules.fileWithinWorkingDays() + " 个工作日内）",
				fileDue, byHand(signed)));
		steps.add(new Step(ObligationRule.ONBOARDING_PARENT_CALL, "接档后给家长打电话：自我介绍，了解学生的爱好、性格和学习习惯",
				schedule.parentCallDue(fileAt), new Satisfying(signed, null, null, CALL_OR_MEETING, null)));
		steps.add(new Step(ObligationRule.ONBOARDING_CONSULTANT_TALK, "与咨询师沟通学生情况，约定纸质档案交接和上课安排",
				schedule.consultantTalkDue(fileAt), byHand(signed)));
		Instant first = contract.firstLessonAt();
		if (first == null) {
			return steps;
		}
		steps.add(new Step(ObligationRule.FIRST_LESSON_NOTICE, "首课前通知家长上课时间、地点和科目", schedule.noticeDue(first),
				new Satisfying(signed, first, null, NOTICE, null)));
		if (rules.followUpCallOnFirstLessonDay()) {
			steps.add(new Step(ObligationRule.FIRST_LESSON_CALL, "首课当天回访家长", schedule.firstLessonCallDue(first),
					new Satisfying(first, null, null, CALL_OR_MEETING, null)));
		}
		steps.add(new Step(ObligationRule.LEARNING_PLAN, "完成《学生学习管理方案》", schedule.learningPlanDue(first),
				byHand(signed)));
		steps.add(new Step(
				ObligationRule.TUTORING_PLAN, "完成《学生个性化辅导方案》和《阶段性总结》并交给家长", tutoringPlanDue(first,
						contract.lessonsGiven(), schedule, existing.get(ObligationRule.TUTORING_PLAN), reportedAt, now),
				byHand(signed)));
		return steps;
	}

	/**
	 * The end of week n after the first lesson, or — once the lessons given reach the
	 * policy's number — the end of the day they were reported, whichever is first. A plan
	 * brought forward stays forward when the chain is brought up to date again.
	 */
	private static Instant tutoringPlanDue(Instant firstLesson, int lessonsGiven, OnboardingSchedule schedule,
			@Nullable Obligation existing, @Nullable Instant reportedAt, Instant now) {
		Instant weekDue = schedule.tutoringPlanWeekDue(firstLesson);
		if (!schedule.tutoringPlanLessonsReached(lessonsGiven)) {
			return weekDue;
		}
		Instant due = weekDue;
		if (existing != null) {
			due = min(due, existing.dueAt());
		}
		if (reportedAt != null || existing == null) {
			due = min(due,
					WorkingDays.endOfDay(schedule.day((reportedAt != null) ? reportedAt : now), schedule.zone()));
		}
		return due;
	}

	private Map<ObligationRule, Obligation> chain(String contractId) {
		Map<ObligationRule, Obligation> byRule = new EnumMap<>(ObligationRule.class);
		this.mongo.find(Query.query(where("trigger.key").is(contractId)), Obligation.class)
			.forEach((obligation) -> byRule.put(obligation.rule(), obligation));
		return byRule;
	}

	private static Trigger trigger(TutoringContract contract, ZoneId zone) {
		String subjects = String.join("、", contract.subjects());
		return new Trigger(TriggerKind.CONTRACT, contract.id(), null,
				contract.signedOn().atStartOfDay(zone).toInstant(),
				"新签合同 " + contract.signedOn() + (subjects.isEmpty() ? "" : "（" + subjects + "）"), contract.id());
	}

	/** A step no contact satisfies. */
	private static Satisfying byHand(Instant after) {
		return new Satisfying(after, null, null, null, null);
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	/**
	 * One step of the chain as it should be.
	 *
	 * @param rule the rule
	 * @param title what to do
	 * @param dueAt when it is due
	 * @param satisfying which contact satisfies it
	 */
	private record Step(ObligationRule rule, String title, Instant dueAt, Satisfying satisfying) {
	}

}
