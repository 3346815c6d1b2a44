package org.jiaxiao.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.policy.OnboardingRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.task.FollowUpWindows.Period;
import org.jiaxiao.task.FollowUpWindows.Window;
import org.jiaxiao.task.Obligation.Satisfying;
import org.jiaxiao.task.Obligation.Trigger;
import org.jiaxiao.task.Obligation.TriggerKind;
import org.jiaxiao.task.StudentFacts.StudentRef;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The sweep's periodic tasks of a tutoring centre: for every active contract whose first
 * lesson has taken place, a follow-up with the family each week for the first months and
 * then at least the policy's number each fortnight, and the month's growth records. Each
 * task's trigger key is the contract, the window's first day and its place in the window,
 * unique with the rule, so a second run — or a run after a restart — finds it there. A
 * run creates the windows under way and those that ended in the last few days (a sweep
 * stopped for an outage); it never fills in a contract's whole past.
 */
@Component
class TutoringCadence {

	/** Windows that ended this many days ago are still created (and overdue). */
	static final int LOOKBACK_DAYS = (int) ObligationCatchUp.WINDOW.toDays();

	private static final int BATCH = 500;

	private final MongoTemplate mongo;

	private final Contracts contracts;

	private final ObligationWriter writer;

	private final PolicyService policies;

	private final DirectoryService directory;

	private final StudentFacts students;

	private final TimelineContacts timeline;

	TutoringCadence(MongoTemplate mongo, Contracts contracts, ObligationWriter writer, PolicyService policies,
			DirectoryService directory, StudentFacts students, TimelineContacts timeline) {
		this.mongo = mongo;
		this.contracts = contracts;
		this.writer = writer;
		this.policies = policies;
		this.directory = directory;
		this.students = students;
		this.timeline = timeline;
	}

	/**
	 * Creates the follow-up and growth-record tasks due around {@code now}.
	 * @return tasks created
	 */
	int run(Instant now) {
		List<TutoringContract> taught = this.contracts.activeTaughtBy(now)
			.stream()
			.filter((contract) -> contract.learningManagerId() != null && contract.firstLessonAt() != null)
			.toList();
		if (taught.isEmpty()) {
			return 0;
		}
		Map<String, Optional<Centre>> centres = new HashMap<>();
		Map<String, StudentRef> refs = studentRefs(taught);
		List<Planned> planned = new ArrayList<>();
		for (TutoringContract contract : taught) {
			StudentRef student = refs.get(contract.studentId());
			Optional<Centre> centre = centres.computeIfAbsent(contract.schoolId(), (id) -> centre(id, now));
			if (student != null && centre.isPresent()) {
				plan(contract, student, centre.get(), planned);
			}
		}
		Set<String> existing = existing(planned);
		int created = 0;
		for (Planned task : planned) {
			if (existing.contains(task.trigger().key() + "|" + task.rule())) {
				continue;
			}
			Optional<Obligation> inserted = this.writer.insert(task.student().schoolId(), task.rule(), task.trigger(),
					task.ownerId(), List.of(task.student().id()), task.student(), task.title(), task.dueAt(),
					task.satisfying(), now);
			if (inserted.isPresent()) {
				created++;
				if (!task.rule().completedByHand()) {
					// The week's call may already be on the timeline.
					this.timeline.satisfyWithContactsSince(task.student().id(), task.satisfying().after());
				}
			}
		}
		return created;
	}

	private void plan(TutoringContract contract, StudentRef student, Centre centre, List<Planned> planned) {
		OnboardingRules rules = centre.rules();
		ZoneId zone = centre.zone();
		LocalDate first = contract.firstLessonAt().atZone(zone).toLocalDate();
		LocalDate from = centre.today().minusDays(LOOKBACK_DAYS);
		for (Window window : FollowUpWindows.followUps(first, rules, from, centre.today())) {
			int count = (window.period() == Period.WEEK) ? 1 : rules.followUpsPerFortnightMin();
			String title = ((window.period() == Period.WEEK) ? "每周回访" : "双周回访") + span(window);
			String description = "首课（" + first + "）后第 " + window.number()
					+ ((window.period() == Period.WEEK) ? " 周" : " 个双周");
			Satisfying satisfying = new Satisfying(window.startsAt(zone), window.endsAt(zone), null,
					OnboardingObligations.CALL_OR_MEETING, null);
			addSlots(planned, contract, student, window, zone, ObligationRule.CADENCE_FOLLOW_UP, count, title,
					description, satisfying);
		}
		if (rules.growthRecordsPerMonth() <= 0) {
			return;
		}
		for (Window window : FollowUpWindows.growthRecords(first, from, centre.today())) {
			addSlots(planned, contract, student, window, zone, ObligationRule.GROWTH_RECORD,
					rules.growthRecordsPerMonth(), "成长记录" + span(window),
					"首课（" + first + "）后第 " + window.number() + " 个月",
					new Satisfying(window.startsAt(zone), window.endsAt(zone), null, null, null));
		}
	}

	/** One task per slot of the window: two follow-ups a fortnight are two tasks. */
	private static void addSlots(List<Planned> planned, TutoringContract contract, StudentRef student, Window window,
			ZoneId zone, ObligationRule rule, int count, String title, String description, Satisfying satisfying) {
		for (int slot = 1; slot <= count; slot++) {
			String key = contract.id() + "@" + window.start() + ((slot > 1) ? "#" + slot : "");
			Trigger trigger = new Trigger(TriggerKind.CONTRACT, key, null, window.startsAt(zone), description,
					contract.id());
			String numbered = (count > 1) ? title + " 第 " + slot + " 次" : title;
			planned.add(new Planned(rule, trigger, contract.learningManagerId(), student, numbered, window.dueAt(zone),
					satisfying));
		}
	}

	/** The trigger keys and rules among these that exist already: one query a batch. */
	private Set<String> existing(List<Planned> planned) {
		Set<String> found = new HashSet<>();
		List<String> keys = planned.stream().map((task) -> task.trigger().key()).distinct().toList();
		for (int from = 0; from < keys.size(); from += BATCH) {
			Query query = Query.query(where("trigger.key").in(keys.subList(from, Math.min(keys.size(), from + BATCH))));
			query.fields().include("trigger.key", "rule");
			for (Document row : this.mongo.find(query, Document.class, "obligations")) {
				found.add(row.get("trigger", Document.class).getString("key") + "|" + row.getString("rule"));
			}
		}
		return found;
	}

	private Map<String, StudentRef> studentRefs(List<TutoringContract> taught) {
		Map<String, StudentRef> refs = new HashMap<>();
		taught.stream()
			.collect(Collectors.groupingBy(TutoringContract::schoolId,
					Collectors.mapping(TutoringContract::studentId, Collectors.toSet())))
			.forEach((schoolId, ids) -> this.students.of(schoolId, ids).forEach((ref) -> refs.put(ref.id(), ref)));
		return refs;
	}

	/**
	 * A centre's rules in force today, its zone and today; empty without onboarding
	 * rules.
	 */
	private Optional<Centre> centre(String schoolId, Instant now) {
		ZoneId zone = this.directory.school(schoolId).zone();
		LocalDate today = now.atZone(zone).toLocalDate();
		OnboardingRules rules = this.policies.inForce(schoolId, today).rules().onboarding();
		return (rules != null) ? Optional.of(new Centre(rules, zone, today)) : Optional.empty();
	}

	private static String span(Window window) {
		return "（" + window.start().getMonthValue() + "月" + window.start().getDayOfMonth() + "日–"
				+ window.last().getMonthValue() + "月" + window.last().getDayOfMonth() + "日）";
	}

	/**
	 * A centre's rules for the run.
	 *
	 * @param rules onboarding rules in force today
	 * @param zone its zone
	 * @param today today there
	 */
	private record Centre(OnboardingRules rules, ZoneId zone, LocalDate today) {
	}

	/**
	 * A task the run wants.
	 *
	 * @param rule its rule
	 * @param trigger the contract and window
	 * @param ownerId the learning manager
	 * @param student the student
	 * @param title what to do
	 * @param dueAt the end of the window
	 * @param satisfying a contact in the window (follow-ups)
	 */
	private record Planned(ObligationRule rule, Trigger trigger, String ownerId, StudentRef student, String title,
			Instant dueAt, Satisfying satisfying) {
	}

}
