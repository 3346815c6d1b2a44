package org.jiaxiao.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A school's calendar: its school years (terms, breaks) and the public-holiday
 * arrangements it entered. One small document per school, changed as a whole under an
 * optimistic version. Working days follow the official arrangement: Monday to Friday
 * unless a holiday, plus the make-up working days.
 *
 * @param schoolId the school (also the id)
 * @param schoolYears school years, any order
 * @param arrangements holiday arrangements per calendar year
 * @param version incremented by each change
 * @param updatedAt last change
 * @param updatedById who made it (null for seeded data)
 */
@Document("calendars")
public record SchoolCalendar(@Id String schoolId, List<SchoolYearDates> schoolYears,
		List<HolidayArrangement> arrangements, long version, @Nullable Instant updatedAt,
		@Nullable String updatedById) {

	static SchoolCalendar empty(String schoolId) {
		return new SchoolCalendar(schoolId, List.of(), List.of(), 0, null, null);
	}

	/** The school year a day falls in; Sept 1 – Aug 31 when the school set none. */
	public SchoolYearDates schoolYearOf(LocalDate day) {
		for (SchoolYearDates year : this.schoolYears) {
			if (year.range().contains(day)) {
				return year;
			}
		}
		int startYear = (day.getMonthValue() >= 9) ? day.getYear() : day.getYear() - 1;
		return schoolYear(startYear);
	}

	/** A school year by the year it starts in. */
	public SchoolYearDates schoolYear(int startYear) {
		return this.schoolYears.stream()
			.filter((year) -> year.startYear() == startYear)
			.findFirst()
			.orElseGet(() -> SchoolYearDates.plain(startYear));
	}

	/** The working days under this calendar's holiday arrangements. */
	public WorkingDays workingDays() {
		return WorkingDays.of(this.arrangements);
	}

}
