package org.jiaxiao.analytics;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.jiaxiao.analytics.DifferencingAttacker.Published;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A corpus of the queries an analyst could send to isolate a small group by subtracting
 * answers, sent as the analyst through the API; no figure about 1 to k − 1 students may
 * be derivable from them.
 * <p>
 * The test records its own letters (a form the demo history never uses) on two days long
 * past: 12 students of one class, 11 of another, 3 of a third and 2 of a fourth on day A
 * (two small classes, so that a grouping by class suppresses both and shows the rest),
 * and on day A + 1 one more student, who is single-parent. It knows every contact, so for
 * every query it knows the true cells. The corpus (90 queries) crosses one class more or
 * less in the filter, one day more or less in the period, one focus category more or
 * less, and five groupings (none, class, grade, focus category, weekday). Then, as an
 * attacker who knows how figures are rounded, it checks pairs of answers with the same
 * cell, totals against groupings, and a square of four answers (a class and a day), and
 * asks how many true values of the small group remain possible: never just one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalyticsDifferencingTest extends ApiTest {

	private static final int K = 10;

	private static final String LETTER = "LETTER_OR_EMAIL";

	private static final ZoneId SCHOOL_ZONE = ZoneId.of("Asia/Shanghai");

	private static final List<String> CATEGORIES = List.of("LOW_INCOME", "LEARNING_DIFFICULTY", "SINGLE_PARENT",
			"ORPHAN", "DISABILITY", "LEFT_BEHIND");

	private static final List<List<String>> GROUPINGS = List.of(List.of(), List.of("CLASS"), List.of("GRADE"),
			List.of("FOCUS_CATEGORY"), List.of("WEEKDAY"));

	/** Day A: long enough ago that no other test records letters then. */
	private final LocalDate dayA = LocalDate.now(SCHOOL_ZONE).minusDays(150);

	@Autowired
	private MongoTemplate mongo;

	private final List<Fact> facts = new ArrayList<>();

	private final List<String> classes = new ArrayList<>();

	private final Map<Spec, Answer> answers = new LinkedHashMap<>();

	@BeforeAll
	void recordLettersAndAskTheCorpus() {
		connect();
		Document singleParent = this.mongo.findOne(
				Query.query(where("schoolId").is("sch_demo").and("focusCategories").is("SINGLE_PARENT")),
				Document.class, "students");
		assertThat(singleParent).isNotNull();
		String late = singleParent.getString("_id");
		this.classes.add(singleParent.getString("classId"));
		for (String other : List.of("cls_2_2", "cls_5_2", "cls_6_2", "cls_4_2")) {
			if (this.classes.size() < 4 && !this.classes.contains(other)) {
				this.classes.add(other);
			}
		}
		int[] sizes = { 12, 11, 3, 2 };
		for (int i = 0; i < sizes.length; i++) {
			List<String> students = new ArrayList<>(studentsOf(as("principal"), this.classes.get(i)));
			students.remove(late);
			for (String student : students.subList(0, sizes[i])) {
				record(student, this.dayA);
			}
		}
		record(late, this.dayA.plusDays(1));
		for (LocalDate to : List.of(this.dayA.plusDays(1), this.dayA.plusDays(2))) {
			for (List<String> classFilter : List.of(this.classes.subList(0, 2), this.classes.subList(0, 3),
					this.classes)) {
				for (List<String> categories : categoryFilters()) {
					for (List<String> groupBy : GROUPINGS) {
						Spec spec = new Spec(to, classFilter, categories, groupBy);
						this.answers.put(spec, ask(spec));
					}
				}
			}
		}
	}

	@Test
	void everyFigureShownDescribesNoneOrAtLeastKStudents() {
		int shown = 0;
		for (Map.Entry<Spec, Answer> answer : this.answers.entrySet()) {
			Map<List<String>, Set<Fact>> truth = truth(answer.getKey());
			for (Map.Entry<List<String>, Published> cell : answer.getValue().cells().entrySet()) {
				if (cell.getValue().students() != null) {
					shown++;
					assertThat(students(truth.getOrDefault(cell.getKey(), Set.of())))
						.as("%s cell %s", answer.getKey(), cell.getKey())
						.isGreaterThanOrEqualTo(K);
				}
			}
		}
		assertThat(shown).isPositive();
	}

	@Test
	void noPairOfAnswersGivesASmallGroupsFigure() {
		List<Map.Entry<Spec, Answer>> all = new ArrayList<>(this.answers.entrySet());
		int smallDifferences = 0;
		for (int i = 0; i < all.size(); i++) {
			for (int j = i + 1; j < all.size(); j++) {
				Spec one = all.get(i).getKey();
				Spec two = all.get(j).getKey();
				Map<List<String>, Published> first = all.get(i).getValue().cells();
				Map<List<String>, Published> second = all.get(j).getValue().cells();
				Map<List<String>, Set<Fact>> firstTruth = truth(one);
				Map<List<String>, Set<Fact>> secondTruth = truth(two);
				for (List<String> key : first.keySet()) {
					// Totals compare across every pair; buckets with buckets of the same
					// grouping.
					if (!second.containsKey(key) || (!key.isEmpty() && !one.groupBy().equals(two.groupBy()))) {
						continue;
					}
					Set<Fact> a = firstTruth.getOrDefault(key, Set.of());
					Set<Fact> b = secondTruth.getOrDefault(key, Set.of());
					Set<Fact> difference = symmetricDifference(a, b);
					int differenceStudents = students(difference);
					if (differenceStudents == 0 || differenceStudents >= K) {
						continue;
					}
					smallDifferences++;
					int direction = (b.containsAll(a)) ? 1 : (a.containsAll(b)) ? -1 : 0;
					String pair = one + " / " + two + " cell " + key + ": " + differenceStudents + " students apart";
					assertThat(DifferencingAttacker.differences(first.get(key), second.get(key), Published::contacts,
							direction, Integer.MAX_VALUE))
						.as("contacts of " + pair)
						.isGreaterThan(1);
					assertThat(DifferencingAttacker.differences(first.get(key), second.get(key), Published::students,
							direction, K - 1))
						.as("students of " + pair)
						.isGreaterThan(1);
				}
			}
		}
		// The corpus holds pairs one class, one day and one category apart.
		assertThat(smallDifferences).isGreaterThan(100);
	}

	@Test
	void aTotalLessTheBucketsShownDoesNotGiveTheSuppressedOnes() {
		int checked = 0;
		for (Map.Entry<Spec, Answer> answer : this.answers.entrySet()) {
			Spec spec = answer.getKey();
			// A student falls in one class, grade and (here) weekday, so these buckets
			// add
			// up to the total; focus categories overlap and do not.
			if (spec.groupBy().isEmpty() || spec.groupBy().contains("FOCUS_CATEGORY")) {
				continue;
			}
			Map<List<String>, Set<Fact>> truth = truth(spec);
			// Hidden: the buckets left out and those listed as suppressed.
			Set<Fact> hidden = new HashSet<>();
			List<Published> shown = new ArrayList<>();
			for (Map.Entry<List<String>, Set<Fact>> cell : truth.entrySet()) {
				Published published = answer.getValue().cells().get(cell.getKey());
				if (cell.getKey().isEmpty()) {
					continue;
				}
				if (published == null || published.students() == null) {
					hidden.addAll(cell.getValue());
				}
				else {
					shown.add(published);
				}
			}
			if (students(hidden) == 0 || students(hidden) >= K) {
				continue;
			}
			checked++;
			// The total of this answer, and of the same filter asked without grouping.
			for (Published total : List.of(answer.getValue().cells().get(List.of()),
					this.answers.get(spec.withGroupBy(List.of())).cells().get(List.of()))) {
				assertThat(DifferencingAttacker.remainder(total, shown, Published::contacts))
					.as("contacts hidden in %s", spec)
					.isGreaterThan(1);
				assertThat(DifferencingAttacker.remainder(total, shown, Published::students))
					.as("students hidden in %s", spec)
					.isGreaterThan(1);
			}
		}
		assertThat(checked).isPositive();
	}

	@Test
	@SuppressWarnings("unchecked")
	void aSquareOfFourAnswersGivesNeitherTheThirdClassNorTheSecondDay() {
		int checked = 0;
		for (List<String> categories : categoryFilters()) {
			Published[][] totals = new Published[2][2];
			Set<Fact>[][] truths = new Set[2][2];
			for (int day = 0; day < 2; day++) {
				for (int more = 0; more < 2; more++) {
					Spec spec = new Spec(this.dayA.plusDays(1 + day), this.classes.subList(0, 2 + more), categories,
							List.of());
					totals[day][more] = this.answers.get(spec).cells().get(List.of());
					truths[day][more] = truth(spec).getOrDefault(List.of(), Set.of());
				}
			}
			int thirdClass = students(symmetricDifference(truths[0][0], truths[0][1]));
			int secondDay = students(symmetricDifference(truths[0][0], truths[1][0]));
			for (Function<Published, @Nullable Integer> figure : List
				.<Function<Published, @Nullable Integer>>of(Published::contacts, Published::students)) {
				DifferencingAttacker.Square square = DifferencingAttacker.square(totals[0][0], totals[0][1],
						totals[1][0], totals[1][1], figure);
				if (thirdClass > 0 && thirdClass < K) {
					checked++;
					assertThat(square.thirdClass()).as("the third class, categories %s", categories).isGreaterThan(1);
				}
				if (secondDay > 0 && secondDay < K) {
					checked++;
					assertThat(square.secondDay()).as("the second day, categories %s", categories).isGreaterThan(1);
				}
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(4);
	}

	@Test
	void boundsFinerThanAWholeDayAreRefused() {
		String midnight = this.dayA.atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString();
		String secondLater = this.dayA.atStartOfDay(SCHOOL_ZONE).plusSeconds(1).toOffsetDateTime().toString();
		String fromA = this.dayA.minusDays(1).atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString();
		as("analyst").documentName("analytics/contactStats")
			.variable("filter", Map.of("from", fromA, "to", secondLater))
			.variable("groupBy", List.of())
			.execute()
			.errors()
			.expect((error) -> "ANALYTICS_INVALID_QUERY".equals(error.getExtensions().get("code")))
			.verify();
		as("analyst").documentName("analytics/contactStats")
			.variable("filter", Map.of("from", fromA, "to", midnight))
			.variable("groupBy", List.of())
			.execute()
			.path("analytics.contactStats.to")
			.entity(String.class)
			.satisfies((to) -> assertThat(OffsetDateTime.parse(to).toInstant())
				.isEqualTo(OffsetDateTime.parse(midnight).toInstant()));
	}

	/** None, every category, and every category but single-parent. */
	private static List<@Nullable List<String>> categoryFilters() {
		List<@Nullable List<String>> filters = new ArrayList<>();
		filters.add(null);
		filters.add(CATEGORIES);
		filters.add(CATEGORIES.stream().filter((category) -> !category.equals("SINGLE_PARENT")).toList());
		return filters;
	}

	private void record(String studentId, LocalDate day) {
		String at = day.atTime(LocalTime.of(10, 0)).atZone(SCHOOL_ZONE).toInstant().toString();
		as("principal").documentName("analytics/record")
			.operationName("record")
			.variable("studentId", studentId)
			.variable("form", LETTER)
			.variable("kind", "ROUTINE")
			.variable("occurredAt", at)
			.variable("incidentId", null)
			.execute()
			.path("recordContact.errors")
			.entityList(Object.class)
			.hasSize(0);
		Document student = this.mongo.findById(studentId, Document.class, "students");
		this.facts.add(new Fact(this.facts.size(), studentId, student.getString("classId"),
				String.valueOf(student.get("grade")), student.getList("focusCategories", String.class, List.of()),
				day));
	}

	@SuppressWarnings("unchecked")
	private Answer ask(Spec spec) {
		Map<String, Object> filter = new HashMap<>();
		filter.put("from", this.dayA.atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString());
		filter.put("to", spec.to().atStartOfDay(SCHOOL_ZONE).toOffsetDateTime().toString());
		filter.put("forms", List.of(LETTER));
		filter.put("classes", spec.classes());
		if (spec.categories() != null) {
			filter.put("focusCategories", spec.categories());
		}
		Map<String, Object> stats = as("analyst").documentName("analytics/contactStats")
			.variable("filter", filter)
			.variable("groupBy", spec.groupBy())
			.execute()
			.path("analytics.contactStats")
			.entity(Map.class)
			.get();
		Map<List<String>, Published> cells = new LinkedHashMap<>();
		for (Map<String, Object> bucket : (List<Map<String, Object>>) stats.get("buckets")) {
			List<String> key = ((List<Map<String, Object>>) bucket.get("keys")).stream()
				.map((k) -> (String) k.get("value"))
				.toList();
			cells.put(key, Published.of(bucket));
		}
		cells.put(List.of(), Published.of((Map<String, Object>) stats.get("total")));
		return new Answer(cells);
	}

	/** The true cells of a query: the test's own contacts it matches, by bucket key. */
	private Map<List<String>, Set<Fact>> truth(Spec spec) {
		Map<List<String>, Set<Fact>> cells = new HashMap<>();
		for (Fact fact : this.facts) {
			if (!fact.day().isBefore(spec.to()) || !spec.classes().contains(fact.classId())
					|| (spec.categories() != null
							&& fact.categories().stream().noneMatch(spec.categories()::contains))) {
				continue;
			}
			cells.computeIfAbsent(List.of(), (key) -> new HashSet<>()).add(fact);
			for (String value : values(fact, spec)) {
				cells.computeIfAbsent(List.of(value), (key) -> new HashSet<>()).add(fact);
			}
		}
		return cells;
	}

	/** The fact's value on the spec's one dimension (one per category for categories). */
	private static List<String> values(Fact fact, Spec spec) {
		if (spec.groupBy().isEmpty()) {
			return List.of();
		}
		return switch (spec.groupBy().get(0)) {
			case "CLASS" -> List.of(fact.classId());
			case "GRADE" -> List.of(fact.grade());
			case "WEEKDAY" -> List.of(String.valueOf(fact.day().getDayOfWeek().getValue()));
			case "FOCUS_CATEGORY" -> fact.categories().isEmpty() ? List.of("NONE")
					: fact.categories()
						.stream()
						.filter((category) -> spec.categories() == null || spec.categories().contains(category))
						.toList();
			default -> throw new IllegalArgumentException(spec.groupBy().toString());
		};
	}

	private static int students(Set<Fact> facts) {
		return (int) facts.stream().map(Fact::studentId).distinct().count();
	}

	private static Set<Fact> symmetricDifference(Set<Fact> a, Set<Fact> b) {
		Set<Fact> difference = new HashSet<>(a);
		difference.addAll(b);
		Set<Fact> both = new HashSet<>(a);
		both.retainAll(b);
		difference.removeAll(both);
		return difference;
	}

	/**
	 * One contact the test recorded.
	 *
	 * @param number its place in the list (identity)
	 * @param studentId the student
	 * @param classId the student's class
	 * @param grade the student's grade
	 * @param categories the student's focus categories
	 * @param day the day it took place
	 */
	record Fact(int number, String studentId, String classId, String grade, List<String> categories, LocalDate day) {
	}

	/**
	 * One query of the corpus: letters from day A to {@code to}.
	 *
	 * @param to end of the period (exclusive)
	 * @param classes the classes filter
	 * @param categories the focus categories filter, null for none
	 * @param groupBy the grouping
	 */
	record Spec(LocalDate to, List<String> classes, @Nullable List<String> categories, List<String> groupBy) {

		Spec withGroupBy(List<String> grouping) {
			return new Spec(this.to, this.classes, this.categories, grouping);
		}

	}

	/**
	 * An answer's figures by bucket key; the total under the empty key.
	 *
	 * @param cells the figures
	 */
	record Answer(Map<List<String>, Published> cells) {
	}

}
