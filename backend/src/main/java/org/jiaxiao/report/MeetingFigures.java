package org.jiaxiao.report;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.meeting.MeetingKind;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.policy.MeetingRules;
import org.jiaxiao.policy.PolicyHistory;
import org.jiaxiao.report.ComplianceReport.ClassMeetingFigures;
import org.jiaxiao.report.ComplianceReport.MeetingQuotaFigures;

import org.springframework.stereotype.Component;

/**
 * Parent meetings and committee meetings per class against the policy's meeting rules.
 * The rules count per term, so a report counts the term its last day falls in (or the
 * last one begun by then, for a day in a break), from the term's first day to the
 * report's last day: a March report reads the same in July. A class is flagged only once
 * the term is over and the report reaches its end: until then the meetings may still be
 * held.
 */
@Component
class MeetingFigures {

	private final MeetingService meetings;

	MeetingFigures(MeetingService meetings) {
		this.meetings = meetings;
	}

	/** The figures per class id; empty when the calendar has no term begun by then. */
	Map<String, ClassMeetingFigures> of(String schoolId, List<SchoolClass> classes, SchoolCalendar calendar,
			ReportPeriod period, PolicyHistory history, LocalDate today) {
		Term term = termFor(calendar, period.to());
		if (term == null || classes.isEmpty()) {
			return Map.of();
		}
		LocalDate countedTo = term.end().isBefore(period.to()) ? term.end() : period.to();
		Map<String, Map<MeetingKind, Integer>> counts = this.meetings.countsByClass(schoolId,
				classes.stream().map(SchoolClass::id).toList(), term.start(), countedTo);
		MeetingRules rules = history.at(term.end()).rules().meetings();
		boolean termOver = today.isAfter(term.end()) && !period.to().isBefore(term.end());
		Map<String, ClassMeetingFigures> figures = new HashMap<>();
		for (SchoolClass schoolClass : classes) {
			Map<MeetingKind, Integer> held = counts.getOrDefault(schoolClass.id(), Map.of());
			figures.put(schoolClass.id(),
					new ClassMeetingFigures(term, countedTo,
							quota(held.getOrDefault(MeetingKind.PARENT_MEETING, 0),
									(rules != null) ? rules.parentMeetingsPerTerm() : null, termOver),
							quota(held.getOrDefault(MeetingKind.PARENT_COMMITTEE, 0),
									(rules != null) ? rules.committeeMeetingsPerTerm() : null, termOver)));
		}
		return figures;
	}

	/** The term holding the day, else the last one of its school year begun by then. */
	static @Nullable Term termFor(SchoolCalendar calendar, LocalDate day) {
		Term found = null;
		for (Term term : calendar.schoolYearOf(day).terms()) {
			if (!term.start().isAfter(day) && (found == null || term.start().isAfter(found.start()))) {
				found = term;
			}
		}
		return found;
	}

	private static MeetingQuotaFigures quota(int held, @Nullable Integer quota, boolean termOver) {
		boolean counted = quota != null && quota > 0;
		return new MeetingQuotaFigures(held, quota, counted ? ComplianceReports.percent(held, quota) : null,
				counted && termOver && held < quota);
	}

}
