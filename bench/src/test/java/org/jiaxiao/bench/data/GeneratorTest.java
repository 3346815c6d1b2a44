package org.jiaxiao.bench.data;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.bench.data.HistoryGenerator.StudentRef;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.Contact;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator is what makes runs comparable: the same seed gives the same school and
 * history, class sizes stay within 40–60, and the contact skew is the one documented.
 */
class GeneratorTest {

	private static final Instant NOW = Instant.parse("2026-11-26T04:00:00Z");

	@Test
	void theSameSeedGivesTheSameSchool() {
		Population one = PopulationGenerator.generate(7, "t", 3000, 3000, 2026);
		Population again = PopulationGenerator.generate(7, "t", 3000, 3000, 2026);
		assertThat(again.students()).isEqualTo(one.students());
		assertThat(again.households()).isEqualTo(one.households());
		assertThat(one.students()).hasSize(3000);
		assertThat(one.studentsByClass().values()).allSatisfy((c) -> assertThat(c).hasSizeBetween(40, 60));
		assertThat(one.focusStudents().size()).isBetween(100, 200);
		assertThat(one.households().size()).isBetween(2600, 2900);
	}

	@Test
	void historiesAreSkewedAndRepeatable() {
		Population school = PopulationGenerator.generate(7, "t", 3000, 3000, 2026);
		HistoryGenerator generator = new HistoryGenerator(7, ZoneId.of(PopulationGenerator.ZONE), NOW);
		Map<String, Household> households = school.householdsById();
		double ordinary = 0;
		double focus = 0;
		for (Student student : school.students()) {
			boolean isFocus = school.focusStudents().contains(student.id());
			List<Contact> year = generator.history(ref(student, households, isFocus), 2025, 2025);
			if (isFocus) {
				assertThat(year.size()).isBetween(20, 80);
				focus += year.size();
			}
			else {
				assertThat(year.size()).isBetween(0, 8);
				ordinary += year.size();
			}
		}
		assertThat(ordinary / (3000 - school.focusStudents().size())).isBetween(2.5, 3.5);
		assertThat(focus / school.focusStudents().size()).isBetween(40.0, 60.0);
		Student first = school.students().get(0);
		assertThat(generator.history(ref(first, households, false), 2024, 2026))
			.isEqualTo(generator.history(ref(first, households, false), 2024, 2026))
			.allSatisfy((contact) -> assertThat(contact.occurredAt()).isBefore(NOW));
	}

	private static StudentRef ref(Student student, Map<String, Household> households, boolean focus) {
		return new StudentRef(student.id(), focus, households.get(student.householdId()), List.of(student.id()),
				"stf_t");
	}

}
