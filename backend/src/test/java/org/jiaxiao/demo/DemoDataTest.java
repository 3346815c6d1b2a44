package org.jiaxiao.demo;

import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.Student;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo school is the same every time and has what the demo needs. */
class DemoDataTest {

	private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

	@Test
	void theSameSeedGivesTheSameSchool() {
		assertThat(DemoDataLoader.generate(NOW)).isEqualTo(DemoDataLoader.generate(NOW));
	}

	@Test
	void twelveClassesOfAboutFortyWithSiblingsAcrossClasses() {
		DemoSchool demo = DemoDataLoader.generate(NOW);
		assertThat(demo.classes()).hasSize(12);
		Map<String, Long> perClass = demo.students()
			.stream()
			.collect(Collectors.groupingBy(Student::classId, Collectors.counting()));
		assertThat(perClass.values()).allSatisfy((size) -> assertThat(size).isBetween(36L, 44L));
		Map<String, Long> perHousehold = demo.students()
			.stream()
			.collect(Collectors.groupingBy(Student::householdId, Collectors.counting()));
		assertThat(perHousehold.values().stream().filter((children) -> children > 1).count()).isGreaterThan(10);
		Map<String, Household> households = demo.households()
			.stream()
			.collect(Collectors.toMap(Household::id, Function.identity()));
		assertThat(households.values())
			.allSatisfy((household) -> assertThat(household.guardians()).hasSizeBetween(1, 2));
		assertThat(demo.staff()).extracting((staff) -> staff.username())
			.contains("principal", "deyu", "grade-leader", "homeroom", "subject", "analyst");
	}

	@Test
	void theHistoryLiesInThisSchoolYearAndBeforeNow() {
		DemoSchool demo = DemoDataLoader.generate(NOW);
		assertThat(demo.contacts()).hasSizeGreaterThan(400);
		assertThat(demo.contacts()).allSatisfy((contact) -> {
			assertThat(contact.occurredAt()).isBefore(NOW).isAfter(Instant.parse("2026-08-31T16:00:00Z"));
			assertThat(contact.recordedAt()).isAfter(contact.occurredAt());
		});
	}

}
