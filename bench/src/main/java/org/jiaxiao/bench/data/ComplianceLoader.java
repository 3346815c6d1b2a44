package org.jiaxiao.bench.data;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bson.Document;

import org.jiaxiao.bench.data.HistoryGenerator.StudentRef;
import org.jiaxiao.bench.data.Incidents.Event;
import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.Student;
import org.jiaxiao.meeting.Meeting;
import org.jiaxiao.meeting.MeetingKind;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.task.ComplianceSweep;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What a compliance report reads besides the timelines, written through the app: each
 * school's policy (the primary-school preset) and calendar, the class meetings of the
 * current term, and the current school year's incidents with the immediate visits that
 * answer them. The obligations are the app's own: the incidents and the contacts of the
 * students concerned are published as the timeline events the app publishes when they are
 * recorded, in the order they were recorded, so its listener opens the immediate-visit
 * tasks and closes those a visit satisfies; then the app's sweep runs once, as it would
 * on its schedule. (Contacts of other students are not published: with no task open they
 * change nothing.)
 */
public final class ComplianceLoader {

	private final MongoTemplate mongo;

	private final PolicyService policies;

	private final CalendarService calendars;

	private final MeetingService meetings;

	private final ContactRecorder recorder;

	private final ApplicationEventPublisher events;

	private final ComplianceSweep sweep;

	public ComplianceLoader(MongoTemplate mongo, PolicyService policies, CalendarService calendars,
			MeetingService meetings, ContactRecorder recorder, ApplicationEventPublisher events,
			ComplianceSweep sweep) {
		this.mongo = mongo;
		this.policies = policies;
		this.calendars = calendars;
		this.meetings = meetings;
		this.recorder = recorder;
		this.events = events;
		this.sweep = sweep;
	}

	/**
	 * @param firstYear the first school year of the imported history (the policy applies
	 * from its start)
	 * @param schoolYear the current school year
	 * @return what was written, for the report
	 */
	public String load(Population population, long seed, Instant now, int firstYear, int schoolYear) {
		ZoneId zone = ZoneId.of(PopulationGenerator.ZONE);
		LocalDate today = now.atZone(zone).toLocalDate();
		for (var school : population.schools()) {
			this.policies.seed(school.id(), PolicyPreset.PRIMARY, LocalDate.of(firstYear, 9, 1));
			this.calendars.seed(SchoolCalendars.of(school.id(), firstYear, schoolYear));
		}
		List<Meeting> held = meetings(population, SchoolCalendars.year(schoolYear).terms(), today, now);
		this.meetings.seed(held);
		int incidents = publishIncidents(population, seed, now, zone, firstYear, schoolYear);
		this.sweep.runExclusively(now);
		return "policy: primary-school preset; calendar: %d school year(s), 2 terms each; %d class meetings this term; %d incidents this school year; obligations by state: %s"
			.formatted(schoolYear - firstYear + 1, held.size(), incidents, obligationsByState());
	}

	private int publishIncidents(Population population, long seed, Instant now, ZoneId zone, int firstYear,
			int schoolYear) {
		Incidents generator = new Incidents(seed, zone, now);
		HistoryGenerator history = new HistoryGenerator(seed, zone, now);
		Map<String, String> classOf = population.students()
			.stream()
			.collect(Collectors.toMap(Student::id, Student::classId));
		Map<String, String> schoolOf = population.classes()
			.stream()
			.collect(Collectors.toMap(SchoolClass::id, SchoolClass::schoolId));
		List<TimelineEntry> written = new ArrayList<>();
		List<Event> published = new ArrayList<>();
		for (StudentRef student : DataLoader.studentRefs(population)) {
			List<Event> own = generator.of(student, schoolYear);
			if (own.isEmpty()) {
				continue;
			}
			own.forEach((event) -> written.add((TimelineEntry) event.entry()));
			published.addAll(own);
			// The same history the import wrote (same seed, same years), this year's
			// part.
			for (Contact contact : history.history(student, firstYear, schoolYear)) {
				if (SchoolYears.of(contact.occurredAt(), zone) == schoolYear) {
					published.add(new Event(contact.recordedAt(), contact));
				}
			}
		}
		this.recorder.importHistorical(written, zone);
		published.sort(Comparator.comparing(Event::recordedAt));
		for (Event event : published) {
			if (event.entry() instanceof Incident incident) {
				String schoolId = schoolOf.get(classOf.get(incident.studentIds().get(0)));
				this.events.publishEvent(new TimelineEvent.IncidentRecorded(schoolId, incident));
			}
			else {
				Contact contact = (Contact) event.entry();
				Map<String, String> classes = contact.studentIds()
					.stream()
					.collect(Collectors.toMap(Function.identity(), classOf::get));
				String schoolId = schoolOf.get(classOf.get(contact.studentIds().get(0)));
				this.events.publishEvent(new TimelineEvent.ContactRecorded(schoolId, contact, classes));
			}
		}
		return (int) written.stream().filter(Incident.class::isInstance).count();
	}

	/**
	 * A parent meeting three weeks into the term in every class, a second one for half of
	 * them in its twelfth week, a committee meeting for two classes in three: only those
	 * held by today.
	 */
	private static List<Meeting> meetings(Population population, List<Term> terms, LocalDate today, Instant now) {
		Term term = terms.get(0);
		for (Term candidate : terms) {
			if (!candidate.start().isAfter(today)) {
				term = candidate;
			}
		}
		List<Meeting> meetings = new ArrayList<>();
		int index = 0;
		for (SchoolClass schoolClass : population.classes()) {
			String teacher = "stf_" + Population.homeroomUsername(schoolClass);
			meetings.add(meeting(schoolClass, MeetingKind.PARENT_MEETING, term.start().plusWeeks(3), teacher));
			if (index % 2 == 0) {
				meetings.add(meeting(schoolClass, MeetingKind.PARENT_MEETING, term.start().plusWeeks(12), teacher));
			}
			if (index % 3 != 0) {
				meetings.add(meeting(schoolClass, MeetingKind.PARENT_COMMITTEE, term.start().plusWeeks(5), teacher));
			}
			index++;
		}
		return meetings.stream().filter((meeting) -> !meeting.heldOn().isAfter(today)).toList();
	}

	private static Meeting meeting(SchoolClass schoolClass, MeetingKind kind, LocalDate day, String teacher) {
		boolean parents = kind == MeetingKind.PARENT_MEETING;
		String id = "mtg_" + schoolClass.id().substring("cls_".length()) + (parents ? "_p_" : "_c_")
				+ day.toString().replace("-", "");
		return new Meeting(id, schoolClass.schoolId(), schoolClass.id(), schoolClass.grade(), kind, day,
				parents ? "家长会：学习习惯与家校配合" : "家委会：本学期活动安排", parents ? null : "讨论了本学期的活动安排。", List.of(), parents ? 40 : 7,
				teacher, day.atTime(LocalTime.of(20, 0)).atZone(ZoneId.of(PopulationGenerator.ZONE)).toInstant());
	}

	private String obligationsByState() {
		Map<String, Integer> counts = new TreeMap<>();
		List<Document> pipeline = List
			.of(new Document("$group", new Document("_id", new Document("rule", "$rule").append("state", "$state"))
				.append("n", new Document("$sum", 1))));
		for (Document row : this.mongo.getCollection("obligations").aggregate(pipeline)) {
			Document key = row.get("_id", Document.class);
			counts.put(key.getString("rule") + " " + key.getString("state"), ((Number) row.get("n")).intValue());
		}
		return counts.toString();
	}

}
