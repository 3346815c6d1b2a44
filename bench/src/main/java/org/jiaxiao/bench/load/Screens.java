package org.jiaxiao.bench.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.bench.load.Samples.ClassSample;
import org.jiaxiao.bench.load.Samples.GradeSample;
import org.jiaxiao.bench.load.Samples.NextPage;
import org.jiaxiao.bench.load.Samples.StudentSample;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactDetails;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;
import org.jiaxiao.timeline.GuardianMet;
import org.jiaxiao.platform.paging.Cursors;

/**
 * The SPA's screens as requests, each built three ways: the SPA's own GraphQL document
 * (copied to {@code screens/}), the REST baseline and the raw driver. Every request picks
 * a random class of the sample (its homeroom teacher's token) and a random student.
 */
public final class Screens {

	public static final int ROSTER_PAGE = 60;

	public static final int TIMELINE_PAGE = 20;

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	private static final String SUMMARY = "电话沟通：孩子本周作业按时完成，课堂发言积极。家长表示会继续督促阅读。";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String ROSTER = document("classRoster");

	private static final String TIMELINE = document("timeline");

	private static final String RECORD = document("recordContact");

	private static final String GRADE_CONTACTS = document("gradeContacts");

	private final HttpApi http;

	private final RawDriver raw;

	private final Samples samples;

	private final Function<Contact, Document> entryMapper;

	private final ComplianceScreens compliance;

	/**
	 * @param http the app over HTTP
	 * @param raw the raw driver
	 * @param samples the classes and students to pick from
	 * @param entryMapper the app's own mapping of a timeline entry to BSON, so an entry
	 * the raw driver writes is the one the app would write (and can read back)
	 */
	public Screens(HttpApi http, RawDriver raw, Samples samples, Function<Contact, Document> entryMapper) {
		this.http = http;
		this.raw = raw;
		this.samples = samples;
		this.entryMapper = entryMapper;
		this.compliance = new ComplianceScreens(http, samples);
	}

	/**
	 * The screens in the order they are measured: every read before recording contacts,
	 * which adds thousands of this term's contacts and would make the reports and lists
	 * measured after it count far more than the generated school has.
	 */
	public List<Scenario> scenarios() {
		List<Scenario> all = new ArrayList<>(List.of(roster(), timelineFirst(), timelineNext(), gradeContacts()));
		all.addAll(this.compliance.scenarios());
		all.add(recordContact());
		return all;
	}

	/** The compliance reports' requests, for the same-answer check. */
	ComplianceScreens compliance() {
		return this.compliance;
	}

	Scenario roster() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> rosterGraphQl(this.samples.anyClass(random)));
		ops.put(Variant.REST, (random) -> rosterRest(this.samples.anyClass(random)));
		ops.put(Variant.RAW, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			this.raw.roster(c.schoolId(), c.classId(), c.teacherId(), ROSTER_PAGE);
		});
		return new Scenario("roster",
				"Class roster (40–60 students, last contact, contacts this year, open tasks, focus flag)", ops,
				"ClassRoster with first: " + ROSTER_PAGE + " (whole class in one page; the SPA asks for 50)");
	}

	public String rosterGraphQl(ClassSample c) throws IOException, InterruptedException {
		return this.http.graphql(c.token(), body(ROSTER, vars("id", c.classId(), "first", ROSTER_PAGE)));
	}

	public String rosterRest(ClassSample c) throws IOException, InterruptedException {
		return this.http.get(c.token(), "/bench/rest/classes/" + c.classId() + "/roster?first=" + ROSTER_PAGE);
	}

	Scenario timelineFirst() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			timelineGraphQl(c, c.anyStudent(random).id(), null);
		});
		ops.put(Variant.REST, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			timelineRest(c, c.anyStudent(random).id(), null);
		});
		ops.put(Variant.RAW, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			this.raw.timeline(c.schoolId(), c.classId(), c.anyStudent(random).id(), TIMELINE_PAGE, 0, "");
		});
		return new Scenario("timelineFirst", "Student timeline, first page", ops,
				"StudentTimeline, first: " + TIMELINE_PAGE + ", any student of the class");
	}

	Scenario timelineNext() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> {
			NextPage page = this.samples.anyNextPage(random);
			timelineGraphQl(page.schoolClass(), page.studentId(), page.cursor());
		});
		ops.put(Variant.REST, (random) -> {
			NextPage page = this.samples.anyNextPage(random);
			timelineRest(page.schoolClass(), page.studentId(), page.cursor());
		});
		ops.put(Variant.RAW, (random) -> {
			NextPage page = this.samples.anyNextPage(random);
			List<String> position = Cursors.decode("timeline", page.cursor(), 2);
			this.raw.timeline(page.schoolClass().schoolId(), page.schoolClass().classId(), page.studentId(),
					TIMELINE_PAGE, Long.parseLong(position.get(0)), position.get(1));
		});
		return new Scenario("timelineNext", "Student timeline, next page", ops,
				"StudentTimeline after the first page's endCursor (students with more than " + TIMELINE_PAGE
						+ " entries)");
	}

	public String timelineGraphQl(ClassSample c, String studentId, @Nullable String after)
			throws IOException, InterruptedException {
		return this.http.graphql(c.token(),
				body(TIMELINE, vars("id", studentId, "first", TIMELINE_PAGE, "after", after)));
	}

	public String timelineRest(ClassSample c, String studentId, @Nullable String after)
			throws IOException, InterruptedException {
		String query = "?first=" + TIMELINE_PAGE + ((after != null) ? "&after=" + after : "");
		return this.http.get(c.token(), "/bench/rest/students/" + studentId + "/timeline" + query);
	}

	Scenario recordContact() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			recordGraphQl(c, c.anyStudent(random), random);
		});
		ops.put(Variant.REST, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			recordRest(c, c.anyStudent(random), random);
		});
		ops.put(Variant.RAW, (random) -> {
			ClassSample c = this.samples.anyClass(random);
			StudentSample student = c.anyStudent(random);
			Instant occurredAt = occurredAt(random).toInstant().truncatedTo(ChronoUnit.MILLIS);
			Contact contact = Contact.recorded(Ids.newId("con"), occurredAt, Instant.now(), c.teacherId(),
					ContactForm.PHONE, ContactKind.ROUTINE, SUMMARY,
					List.of(new GuardianMet(student.guardianId(), student.guardianName(), GuardianRelation.MOTHER)),
					List.of(student.id()), student.householdId(), ContactDetails.NONE);
			this.raw.record(c.schoolId(), c.classId(), student.id(), this.entryMapper.apply(contact),
					String.valueOf(SchoolYears.of(occurredAt, ZONE)), uuid(random));
		});
		return new Scenario("recordContact", "Record a contact (write, counters, idempotency key)", ops,
				"RecordContact with one student, one guardian, an idempotency key, as the SPA sends it", true);
	}

	Scenario gradeContacts() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> gradeContactsGraphQl(this.samples.anyGrade(random)));
		ops.put(Variant.REST, (random) -> gradeContactsRest(this.samples.anyGrade(random)));
		ops.put(Variant.RAW, (random) -> {
			GradeSample g = this.samples.anyGrade(random);
			this.raw.gradeContacts(g.schoolId(), g.grade(), "FOCUS", TIMELINE_PAGE);
		});
		return new Scenario("gradeContacts", "Grade leader's contacts list (a grade's focus contacts)", ops,
				"contacts(filter: {grade, kinds: [FOCUS]}, first: " + TIMELINE_PAGE
						+ "), a document written for the benchmark: the SPA has no such screen yet");
	}

	public String gradeContactsGraphQl(GradeSample g) throws IOException, InterruptedException {
		return this.http.graphql(g.token(), body(GRADE_CONTACTS, vars("grade", g.grade(), "first", TIMELINE_PAGE)));
	}

	public String gradeContactsRest(GradeSample g) throws IOException, InterruptedException {
		return this.http.get(g.token(),
				"/bench/rest/grades/" + g.grade() + "/contacts?kinds=FOCUS&first=" + TIMELINE_PAGE);
	}

	public String recordGraphQl(ClassSample c, StudentSample student, SplittableRandom random)
			throws IOException, InterruptedException {
		return this.http.graphql(c.token(), body(RECORD, Map.of("input", input(random, student))));
	}

	public String recordRest(ClassSample c, StudentSample student, SplittableRandom random)
			throws IOException, InterruptedException {
		return this.http.post(c.token(), "/bench/rest/contacts", JSON.writeValueAsString(input(random, student)));
	}

	private static Map<String, Object> input(SplittableRandom random, StudentSample student) {
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("studentIds", List.of(student.id()));
		input.put("form", "PHONE");
		input.put("kind", "ROUTINE");
		input.put("occurredAt", occurredAt(random).toString());
		input.put("guardianIdsMet", List.of(student.guardianId()));
		input.put("summary", SUMMARY);
		input.put("idempotencyKey", uuid(random));
		return input;
	}

	private static OffsetDateTime occurredAt(SplittableRandom random) {
		return OffsetDateTime.now(ZONE)
			.minus(Duration.ofMinutes(10 + random.nextInt(60 * 24 * 7)))
			.truncatedTo(ChronoUnit.SECONDS);
	}

	/** Unique across windows and runs: a reused idempotency key would be refused. */
	private static String uuid(SplittableRandom random) {
		return UUID.randomUUID().toString();
	}

	static String body(String document, Map<String, ? extends @Nullable Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("variables", variables);
		return JSON.writeValueAsString(body);
	}

	/** A body for a document file holding several operations, as the SPA sends one. */
	static String body(String document, String operationName, Map<String, ? extends @Nullable Object> variables) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", document);
		body.put("operationName", operationName);
		body.put("variables", variables);
		return JSON.writeValueAsString(body);
	}

	private static Map<String, @Nullable Object> vars(@Nullable Object... pairs) {
		Map<String, @Nullable Object> vars = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			vars.put((String) pairs[i], pairs[i + 1]);
		}
		return vars;
	}

	static String document(String name) {
		try (InputStream in = Screens.class.getResourceAsStream("/screens/" + name + ".graphql")) {
			if (in == null) {
				throw new IllegalStateException("Missing screens/" + name + ".graphql");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
