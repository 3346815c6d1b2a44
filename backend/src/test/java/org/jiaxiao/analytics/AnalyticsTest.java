package org.jiaxiao.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Contact and coverage figures through the API as the analyst: every dimension, the
 * suppression of small groups at k − 1 and k students, complementary suppression, the
 * incident-answering metrics, limits and the audit trail. Each test records its contacts
 * on its own day of the past with a form the demo history never uses (letters), so the
 * figures it checks are its own. Periods are whole days; every count is rounded to 5.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsTest extends ApiTest {

	private static final String LETTER = "LETTER_OR_EMAIL";

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private AuditLog audit;

	@Autowired
	private AnalyticsStore store;

	private List<String> pool;

	/** Students of six classes, enough for every test's groups. */
	@BeforeAll
	void findStudents() {
		connect();
		HttpGraphQlTester principal = as("principal");
		this.pool = new ArrayList<>();
		for (String classId : List.of("cls_2_1", "cls_2_2", "cls_3_1", "cls_4_1", "cls_5_1", "cls_6_1")) {
			this.pool.addAll(studentsOf(principal, classId).subList(0, 12));
		}
	}

	@ParameterizedTest
	@EnumSource(AnalyticsDimension.class)
	void everyDimensionGroupsTheSchoolsContacts(AnalyticsDimension dimension) {
		Stats stats = contactStats(Map.of(), List.of(dimension.name()));
		assertThat(stats.buckets()).isNotEmpty();
		assertThat(stats.buckets()).allSatisfy((bucket) -> {
			assertThat(bucket.keys()).singleElement().satisfies((key) -> {
				assertThat(key.dimension()).isEqualTo(dimension.name());
				assertThat(key.label()).isNotBlank();
			});
			// Suppressed buckets are left out: every bucket listed has figures.
			assertThat(bucket.suppressed()).isFalse();
			assertThat(bucket.contacts()).isNotNull();
		});
		assertThat(stats.total().contacts()).isPositive();
	}

	@Test
	void threeDimensionsAtOnce() {
		// Routine contacts by grade and weekday are many; the rarer kinds' small
		// combinations are left out.
		Stats stats = contactStats(Map.of(), List.of("GRADE", "KIND", "WEEKDAY"));
		assertThat(stats.buckets()).isNotEmpty().allSatisfy((bucket) -> assertThat(bucket.keys()).hasSize(3));
		// Small combinations are left out; those shown cover at least k students.
		assertThat(stats.buckets()).allSatisfy((bucket) -> {
			if (!bucket.suppressed()) {
				assertThat(bucket.studentsReached()).isGreaterThanOrEqualTo(10);
			}
		});
	}

	@Test
	void aGroupOfKMinusOneStudentsIsSuppressedAndOfKIsShown() {
		Instant nine = tenOClock(100);
		Instant ten = tenOClock(101);
		for (int i = 0; i < 9; i++) {
			record(this.pool.get(i), nine, LETTER, "ROUTINE", null);
		}
		for (int i = 0; i < 10; i++) {
			record(this.pool.get(i), ten, LETTER, "ROUTINE", null);
		}
		Bucket suppressed = contactStats(window(nine, 1), List.of()).total();
		assertThat(suppressed.suppressed()).isTrue();
		assertThat(suppressed.suppression()).isEqualTo("SMALL_GROUP");
		assertThat(suppressed.contacts()).isNull();
		assertThat(suppressed.studentsReached()).isNull();
		Bucket shown = contactStats(window(ten, 1), List.of()).total();
		assertThat(shown.suppressed()).isFalse();
		assertThat(shown.contacts()).isEqualTo(10);
		assertThat(shown.studentsReached()).isEqualTo(10);
	}

	@Test
	void aSingleSuppressedCellTakesTheNextSmallestWithIt() {
		Instant at = tenOClock(102);
		List<String> classes = List.of("cls_2_1", "cls_2_2", "cls_3_1");
		// 12 students of 2-1, 11 of 2-2, 3 of 3-1: 3-1 is small, 2-2 goes with it.
		recordMany(this.pool.subList(0, 12), at);
		recordMany(this.pool.subList(12, 23), at);
		recordMany(this.pool.subList(24, 27), at);
		Map<String, Object> filter = new java.util.HashMap<>(window(at, 1));
		filter.put("classes", classes);
		Stats stats = contactStats(filter, List.of("CLASS"));
		// 3-1 is small, 2-2 is suppressed with it: both are left out.
		assertThat(stats.buckets()).extracting((bucket) -> bucket.keys().get(0).value())
			.containsExactlyElementsOf(classes.subList(0, 1));
		// 12 contacts, rounded to the nearest 5.
		assertThat(stats.buckets().get(0).contacts()).isEqualTo(10);
		assertThat(stats.buckets().get(0).rounded()).isTrue();
		assertThat(stats.buckets().get(0).keys().get(0).label()).isEqualTo("二年级1班");
		// 26 contacts in all, rounded like every count, so 25 − 10 does not give the two
		// hidden cells' sum exactly.
		assertThat(stats.total().rounded()).isTrue();
		assertThat(stats.total().contacts()).isEqualTo(25);
	}

	@Test
	void immediateContactsAnsweringIncidents() {
		// Ten answered within 24 hours and ten later: both groups hold k students, so the
		// share is shown (5 of 10 would be a small group's figure).
		Instant at = tenOClock(110);
		for (int i = 0; i < 20; i++) {
			String student = this.pool.get(30 + i);
			String incident = incident(student, at);
			Duration lag = (i < 10) ? Duration.ofHours(2) : Duration.ofHours(30);
			record(student, at.plus(lag), LETTER, "IMMEDIATE", incident);
		}
		Map<String, Object> filter = new java.util.HashMap<>(window(at, 2));
		filter.put("forms", List.of(LETTER));
		filter.put("kinds", List.of("IMMEDIATE"));
		Bucket total = contactStats(filter, List.of()).total();
		assertThat(total.contacts()).isEqualTo(20);
		assertThat(total.immediateWithin24hPercent()).isEqualTo(50.0);
		assertThat(total.medianHoursToAnswer()).isEqualTo(16.0);
	}

	@Test
	void aShareOrMedianAboutFewerThanKStudentsIsWithheld() {
		// Twelve answered, three of them within 24 hours: the share would describe 3.
		Instant at = tenOClock(112);
		for (int i = 0; i < 12; i++) {
			String student = this.pool.get(50 + i);
			String incident = incident(student, at);
			Duration lag = (i < 3) ? Duration.ofHours(2) : Duration.ofHours(30);
			record(student, at.plus(lag), LETTER, "IMMEDIATE", incident);
		}
		Map<String, Object> filter = new java.util.HashMap<>(window(at, 2));
		filter.put("kinds", List.of("IMMEDIATE"));
		Bucket total = contactStats(filter, List.of()).total();
		assertThat(total.suppressed()).isFalse();
		assertThat(total.contacts()).isEqualTo(10);
		assertThat(total.immediateWithin24hPercent()).isNull();
		assertThat(total.medianHoursToAnswer()).isEqualTo(30.0);
		// No home visit: none reads like a few.
		assertThat(total.homeVisits()).isNull();
	}

	@Test
	void coverageByGradeAddsUpAndSmallGroupsAreSuppressed() {
		Coverage byGrade = coverageStats(Map.of(), "GRADE");
		assertThat(byGrade.buckets()).hasSize(6);
		// Each count is rounded on its own, so the grades add up to the total within a
		// rounding step each.
		int students = byGrade.buckets().stream().mapToInt(CoverageFigures::students).sum();
		int schoolStudents = (int) this.mongo.count(Query.query(where("schoolId").is("sch_demo")), "students");
		assertThat(byGrade.total().students()).isEqualTo(new Disclosure(10, 5).round(schoolStudents))
			.isCloseTo(students, org.assertj.core.data.Offset.offset(3 * byGrade.buckets().size()));
		assertThat(byGrade.buckets()).allSatisfy((bucket) -> {
			assertThat(bucket.students() % 5).isZero();
			if (bucket.visited() != null) {
				assertThat(bucket.visited()).isBetween(0, bucket.students());
			}
		});
		long lowIncome11 = this.mongo
			.count(Query.query(where("classId").is("cls_1_1").and("focusCategories").is("LOW_INCOME")), "students");
		Coverage narrow = coverageStats(Map.of("classes", List.of("cls_1_1"), "focusCategories", List.of("LOW_INCOME")),
				"CLASS");
		if (lowIncome11 < 10) {
			assertThat(narrow.buckets()).isEmpty();
			assertThat(narrow.total().suppression()).isEqualTo("SMALL_GROUP");
		}
		else {
			assertThat(narrow.buckets()).singleElement()
				.satisfies((bucket) -> assertThat(bucket.suppressed()).isFalse());
		}
	}

	@Test
	void tooBroadQueriesAreRefusedBeforeTheyRun() {
		Map<String, Object> twoYears = Map.of("from", midnight(700));
		expectError(contactStatsResponse(twoYears, List.of("CLASS", "FORM", "MONTH")), "ANALYTICS_QUERY_TOO_BROAD");
		expectError(contactStatsResponse(Map.of(), List.of("CLASS", "FORM", "MONTH", "KIND")),
				"ANALYTICS_QUERY_TOO_BROAD");
		Map<String, Object> threeYears = Map.of("from", midnight(1000));
		expectError(contactStatsResponse(threeYears, List.of()), "ANALYTICS_QUERY_TOO_BROAD");
		Map<String, Object> backwards = Map.of("from", midnight(1), "to", midnight(2));
		expectError(contactStatsResponse(backwards, List.of()), "ANALYTICS_INVALID_QUERY");
		Map<String, Object> notMidnight = Map.of("from", midnight(3), "to",
				OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString());
		expectError(contactStatsResponse(notMidnight, List.of()), "ANALYTICS_INVALID_QUERY");
	}

	@Test
	void everyAnalyticsQueryIsAudited() {
		contactStats(Map.of(), List.of("KIND"));
		coverageStats(Map.of(), "CLASS");
		this.audit.flush();
		List<String> operations = this.mongo
			.find(Query.query(where("actorId").is("stf_analyst")), org.bson.Document.class, "audit_events")
			.stream()
			.map((event) -> event.getString("operation"))
			.toList();
		assertThat(operations).contains("analytics.contactStats", "analytics.coverageStats");
	}

	@Test
	void figuresAreReadFromSecondariesWhenThereAreAny() {
		assertThat(this.store.readPreference().getName()).isEqualTo("secondaryPreferred");
	}

	@Test
	void teachersAreRefused() {
		as("homeroom").documentName("analytics/contactStats")
			.variable("groupBy", List.of())
			.execute()
			.errors()
			.expect((error) -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

	private void recordMany(List<String> students, Instant at) {
		students.forEach((student) -> record(student, at, LETTER, "ROUTINE", null));
	}

	private void record(String studentId, Instant at, String form, String kind, @Nullable String incidentId) {
		as("principal").documentName("analytics/record")
			.operationName("record")
			.variable("studentId", studentId)
			.variable("form", form)
			.variable("kind", kind)
			.variable("occurredAt", at.toString())
			.variable("incidentId", incidentId)
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private String incident(String studentId, Instant at) {
		return as("principal").documentName("analytics/record")
			.operationName("incident")
			.variable("studentId", studentId)
			.variable("occurredAt", at.toString())
			.execute()
			.path("recordIncident.incident.id")
			.entity(String.class)
			.get();
	}

	/** 10:00 in the school's time zone some days ago. */
	private static Instant tenOClock(int daysAgo) {
		return LocalDate.now(SCHOOL_ZONE).minusDays(daysAgo).atTime(10, 0).atZone(SCHOOL_ZONE).toInstant();
	}

	/** Midnight in the school's time zone some days ago. */
	private static String midnight(int daysAgo) {
		return LocalDate.now(SCHOOL_ZONE).minusDays(daysAgo).atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString();
	}

	/** Letters of whole days, from the day of {@code at}. */
	private static Map<String, Object> window(Instant at, int days) {
		LocalDate day = at.atZone(SCHOOL_ZONE).toLocalDate();
		return Map.of("from", day.atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString(), "to",
				day.plusDays(days).atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString(), "forms", List.of(LETTER));
	}

	private Stats contactStats(Map<String, Object> filter, List<String> groupBy) {
		return contactStatsResponse(filter, groupBy).path("analytics.contactStats").entity(Stats.class).get();
	}

	private GraphQlTester.Response contactStatsResponse(Map<String, Object> filter, List<String> groupBy) {
		return as("analyst").documentName("analytics/contactStats")
			.variable("filter", filter)
			.variable("groupBy", groupBy)
			.execute();
	}

	private Coverage coverageStats(Map<String, Object> filter, String groupBy) {
		return as("analyst").documentName("analytics/coverageStats")
			.variable("filter", filter)
			.variable("groupBy", groupBy)
			.execute()
			.path("analytics.coverageStats")
			.entity(Coverage.class)
			.get();
	}

	private static void expectError(GraphQlTester.Response response, String code) {
		response.errors()
			.expect((error) -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))
					&& code.equals(error.getExtensions().get("code")))
			.verify();
	}

	record Key(String dimension, String value, String label) {
	}

	record Bucket(List<Key> keys, boolean suppressed, @Nullable String suppression, boolean rounded,
			@Nullable Integer contacts, @Nullable Integer studentsReached, @Nullable Integer homeVisits,
			@Nullable Double immediateWithin24hPercent, @Nullable Double medianHoursToAnswer) {
	}

	record Stats(String from, String to, List<String> groupBy, List<Bucket> buckets, Bucket total) {
	}

	record CoverageFigures(List<Key> keys, boolean suppressed, @Nullable String suppression, boolean rounded,
			@Nullable Integer students, @Nullable Integer visited, @Nullable Double visitedPercent) {
	}

	record Coverage(int schoolYear, String groupBy, List<CoverageFigures> buckets, CoverageFigures total) {
	}

}
