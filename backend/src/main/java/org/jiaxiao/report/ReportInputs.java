package org.jiaxiao.report;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a compliance report is asked for: a scope and a period. */
public final class ReportInputs {

	private ReportInputs() {
	}

	/**
	 * Whose figures: exactly one of the school, a grade, a class or a teacher.
	 *
	 * @param schoolId the whole school
	 * @param grade one grade
	 * @param classId one class
	 * @param teacherId one teacher
	 */
	public record ScopeInput(@Nullable String schoolId, @Nullable Integer grade, @Nullable String classId,
			@Nullable String teacherId) {
	}

	/**
	 * A period as a report asks for it; exactly one way.
	 *
	 * @param month a month, YYYY-MM
	 * @param term a term of a school year
	 * @param winterBreak the winter break of a school year (the year it starts)
	 * @param summerBreak the summer break at the end of a school year
	 * @param schoolYear a whole school year
	 * @param from first day of a custom period
	 * @param to last day of a custom period
	 */
	public record PeriodInput(@Nullable String month, @Nullable TermRef term, @Nullable Integer winterBreak,
			@Nullable Integer summerBreak, @Nullable Integer schoolYear, @Nullable LocalDate from,
			@Nullable LocalDate to) {
	}

	/**
	 * A term by school year and number.
	 *
	 * @param schoolYear the year the school year starts
	 * @param number 1 for the first term
	 */
	public record TermRef(int schoolYear, int number) {
	}

}
