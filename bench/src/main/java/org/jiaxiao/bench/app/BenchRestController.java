package org.jiaxiao.bench.app;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.app.TimelineJson.Related;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.escalation.Escalation;
import org.jiaxiao.escalation.EscalationService;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.report.ComplianceReport;
import org.jiaxiao.report.ComplianceReports;
import org.jiaxiao.report.ReportInputs.PeriodInput;
import org.jiaxiao.report.ReportInputs.ScopeInput;
import org.jiaxiao.report.ReportInputs.TermRef;
import org.jiaxiao.task.OpenTaskCounts;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.ContactResult;
import org.jiaxiao.timeline.ContactsFilter;
import org.jiaxiao.timeline.ContactsList;
import org.jiaxiao.timeline.EscalationUpdate;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.RecordContactInput;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST baseline: the measured screens as plain endpoints that call the same service
 * methods the GraphQL controllers call, in the same order, and answer the same JSON as
 * the SPA's GraphQL documents ({@code screens/*.graphql}). The difference in latency is
 * then what GraphQL itself costs. Exists only in the {@code bench} profile.
 */
@RestController
@Profile("bench")
class BenchRestController {

	/**
	 * The cursor kind of {@code SchoolClass.students}, so cursors are interchangeable.
	 */
	private static final String ROSTER_CURSOR = "roster";

	/** The page size the SPA's compliance document asks {@code notVisited} for. */
	private static final int NOT_VISITED_PAGE = 20;

	private static final String NOT_VISITED_CURSOR = "notVisited";

	private final DirectoryService directory;

	private final TimelineService timeline;

	private final ContactRecorder recorder;

	private final ContactsList contacts;

	private final ComplianceReports reports;

	private final EscalationService escalations;

	private final Clock clock;

	private final OpenTaskCounts openTasks;

	private final AuditLog audit;

	BenchRestController(DirectoryService directory, TimelineService timeline, ContactRecorder recorder,
			ContactsList contacts, ComplianceReports reports, EscalationService escalations, Clock clock,
			OpenTaskCounts openTasks, AuditLog audit) {
		this.directory = directory;
		this.reports = reports;
		this.escalations = escalations;
		this.timeline = timeline;
		this.recorder = recorder;
		this.contacts = contacts;
		this.clock = clock;
		this.openTasks = openTasks;
		this.audit = audit;
	}

	@GetMapping("/bench/rest/classes/{id}/roster")
	Map<String, Object> roster(@PathVariable String id, @RequestParam(defaultValue = "20") int first,
			@RequestParam(required = false) @Nullable String after, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		Optional<SchoolClass> found = this.directory.visibleClass(viewer, id);
		if (found.isEmpty()) {
			return data("class", null);
		}
		SchoolClass schoolClass = found.get();
		StaffMember teacher = (schoolClass.homeroomTeacherId() != null)
				? this.directory.staffByIds(List.of(schoolClass.homeroomTeacherId())).stream().findFirst().orElse(null)
				: null;
		int size = Cursors.pageSize(first);
		List<String> position = Cursors.decode(ROSTER_CURSOR, after, 1);
		List<Student> rows = this.directory.rosterPage(viewer, id, position.isEmpty() ? "" : position.get(0), size + 1);
		Connection<Student> page = Connection.forward(rows, size,
				(student) -> Cursors.encode(ROSTER_CURSOR, student.studentNo()));
		int schoolYear = SchoolYears.of(this.clock.instant(), this.directory.school(viewer.schoolId()).zone());
		List<Student> shown = page.edges().stream().map(Connection.Edge::node).toList();
		Map<String, Integer> open = this.openTasks.of(viewer, shown.stream().map(Student::id).toList());
		auditFocusRead(viewer, shown);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", schoolClass.id());
		result.put("name", schoolClass.name());
		result.put("grade", schoolClass.grade());
		result.put("homeroomTeacher", (teacher != null) ? BenchJson.staff(teacher) : null);
		result.put("students", BenchJson.connection(page, (student) -> BenchJson.rosterRow(student, schoolYear,
				open.getOrDefault(student.id(), 0), PrivacyPolicy.maySeeSensitive(viewer, student))));
		return data("class", result);
	}

	/**
	 * The one audit event the GraphQL request writes for the focus categories it shows
	 * (see {@code AuditTrail}), so both sides do the same work.
	 */
	private void auditFocusRead(StaffMember viewer, List<Student> students) {
		List<Student> seen = students.stream()
			.filter((student) -> PrivacyPolicy.maySeeSensitive(viewer, student))
			.toList();
		if (!seen.isEmpty()) {
			this.audit.record(viewer.id(), viewer.schoolId(), "ClassRoster", AuditEvent.Kind.READ,
					List.of("Student." + PrivacyPolicy.FOCUS_CATEGORIES), seen.stream().map(Student::id).toList(),
					seen.stream().map(Student::householdId).distinct().toList());
		}
	}

	@GetMapping("/bench/rest/students/{id}/timeline")
	Map<String, Object> timeline(@PathVariable String id, @RequestParam(defaultValue = "20") int first,
			@RequestParam(required = false) @Nullable String after, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		Optional<Student> student = this.directory.visibleStudent(viewer, id);
		if (student.isEmpty()) {
			return data("student", null);
		}
		Connection<TimelineEntry> page = this.timeline.timeline(viewer, student.get().id(), first, after, null);
		Related related = related(viewer, page.edges().stream().map(Connection.Edge::node).toList());
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", student.get().id());
		result.put("timeline", BenchJson.connection(page, (entry) -> TimelineJson.entry(entry, related)));
		return data("student", result);
	}

	/**
	 * What the fragment's batched fields read for a page, each only when the page holds
	 * entries of its type, as GraphQL calls a batch loader only with keys.
	 */
	private Related related(StaffMember viewer, List<TimelineEntry> entries) {
		Set<String> staffIds = new LinkedHashSet<>();
		Set<String> studentIds = new LinkedHashSet<>();
		Set<String> answerIds = new LinkedHashSet<>();
		Set<String> escalationIds = new LinkedHashSet<>();
		boolean contacts = false;
		boolean incidents = false;
		for (TimelineEntry entry : entries) {
			if (entry.authorId() != null) {
				staffIds.add(entry.authorId());
			}
			if (entry.retraction() != null) {
				staffIds.add(entry.retraction().byId());
			}
			if (entry instanceof Contact contact) {
				contacts = true;
				studentIds.addAll(contact.studentIds());
			}
			else if (entry instanceof Incident incident) {
				incidents = true;
				if (incident.answeredById() != null) {
					answerIds.add(incident.answeredById());
				}
			}
			else if (entry instanceof EscalationUpdate update) {
				escalationIds.add(update.escalationId());
			}
		}
		Map<String, StaffMember> staff = this.directory.staffByIds(List.copyOf(staffIds))
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		Map<String, Student> students = contacts ? this.directory.visibleStudents(viewer, studentIds)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity())) : Map.of();
		Map<String, TimelineEntry> answers = incidents ? this.timeline.entries(viewer, answerIds) : Map.of();
		Map<String, Escalation> escalations = escalationIds.isEmpty() ? Map.of()
				: this.escalations.ofTimeline(viewer, escalationIds)
					.stream()
					.collect(Collectors.toMap(Escalation::id, Function.identity()));
		return new Related(staff, students, answers, escalations);
	}

	@GetMapping("/bench/rest/grades/{grade}/contacts")
	Map<String, Object> gradeContacts(@PathVariable int grade, @RequestParam List<ContactKind> kinds,
			@RequestParam(defaultValue = "20") int first, @RequestParam(required = false) @Nullable String after,
			Principal principal) {
		ContactsFilter filter = new ContactsFilter(null, grade, null, kinds, null, null, null);
		Connection<Contact> page = this.contacts.page(Viewers.require(principal), filter, first, after);
		return data("contacts", BenchJson.connection(page, BenchJson::listedContact));
	}

	/**
	 * The compliance report for one scope and a term, with each class's first page of
	 * students not yet visited loaded as the GraphQL field does: all in one read.
	 */
	@GetMapping("/bench/rest/compliance")
	Map<String, Object> complianceReport(@RequestParam(required = false) @Nullable String schoolId,
			@RequestParam(required = false) @Nullable Integer grade,
			@RequestParam(required = false) @Nullable String classId, @RequestParam int schoolYear,
			@RequestParam int term, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		PeriodInput period = new PeriodInput(null, new TermRef(schoolYear, term), null, null, null, null, null);
		ComplianceReport report = this.reports.report(viewer, new ScopeInput(schoolId, grade, classId, null), period);
		int size = Cursors.pageSize(NOT_VISITED_PAGE);
		List<String> firstPages = report.classes()
			.stream()
			.flatMap((coverage) -> firstPage(coverage.notVisitedStudentIds(), size).stream())
			.toList();
		// One read for every class's page, as the GraphQL field's batch loader reads
		// them.
		Map<String, Student> visible = this.directory.visibleStudents(viewer, firstPages)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		return data("complianceReport", ComplianceJson.report(report,
				(coverage) -> notVisited(visible, firstPage(coverage.notVisitedStudentIds(), size), size)));
	}

	private static List<String> firstPage(List<String> ids, int size) {
		return ids.subList(0, Math.min(size + 1, ids.size()));
	}

	/**
	 * The first page of {@code ClassCompliance.notVisited}, built as its resolver builds
	 * it.
	 */
	private static Connection<Student> notVisited(Map<String, Student> visible, List<String> page, int size) {
		List<Student> rows = page.stream().filter(visible::containsKey).map(visible::get).toList();
		return Connection.forward(rows, size, (student) -> Cursors.encode(NOT_VISITED_CURSOR, student.id()));
	}

	@PostMapping("/bench/rest/contacts")
	Map<String, Object> recordContact(@RequestBody RecordContactInput input, Principal principal) {
		ContactResult result = this.recorder.record(Viewers.require(principal), input);
		return data("recordContact", BenchJson.payload(result));
	}

	private static Map<String, Object> data(String field, @Nullable Object value) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put(field, value);
		return Map.of("data", data);
	}

}
