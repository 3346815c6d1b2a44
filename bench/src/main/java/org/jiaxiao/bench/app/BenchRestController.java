package org.jiaxiao.bench.app;

import java.security.Principal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.compliance.OpenTaskCounts;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.ContactsFilter;
import org.jiaxiao.timeline.ContactsList;
import org.jiaxiao.timeline.ContactResult;
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

	private final DirectoryService directory;

	private final TimelineService timeline;

	private final ContactRecorder recorder;

	private final ContactsList contacts;

	private final Clock clock;

	private final OpenTaskCounts openTasks;

	private final AuditLog audit;

	BenchRestController(DirectoryService directory, TimelineService timeline, ContactRecorder recorder,
			ContactsList contacts, Clock clock, OpenTaskCounts openTasks, AuditLog audit) {
		this.directory = directory;
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
		List<String> authorIds = page.edges().stream().map((edge) -> edge.node().authorId()).distinct().toList();
		Map<String, StaffMember> authors = this.directory.staffByIds(authorIds)
			.stream()
			.collect(Collectors.toMap(StaffMember::id, Function.identity()));
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("id", student.get().id());
		result.put("timeline", BenchJson.connection(page, (entry) -> BenchJson.entry(entry, authors)));
		return data("student", result);
	}

	@GetMapping("/bench/rest/grades/{grade}/contacts")
	Map<String, Object> gradeContacts(@PathVariable int grade, @RequestParam List<ContactKind> kinds,
			@RequestParam(defaultValue = "20") int first, @RequestParam(required = false) @Nullable String after,
			Principal principal) {
		ContactsFilter filter = new ContactsFilter(null, grade, null, kinds, null, null, null);
		Connection<Contact> page = this.contacts.page(Viewers.require(principal), filter, first, after);
		return data("contacts", BenchJson.connection(page, BenchJson::listedContact));
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
