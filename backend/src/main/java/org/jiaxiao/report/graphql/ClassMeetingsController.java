package org.jiaxiao.report.graphql;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.meeting.MeetingKind;
import org.jiaxiao.meeting.MeetingService.MeetingConnection;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.report.ReportInputs.TermRef;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code SchoolClass.meetings}: a class's meetings, optionally those of one term. It
 * lives here rather than with the meetings because a term is the school calendar's to
 * resolve, and compliance (which counts meetings) owns the calendar. One indexed query a
 * class, like the roster: the field pages, and a screen shows one class's meetings.
 */
@Controller
class ClassMeetingsController {

	private final MeetingService meetings;

	private final CalendarService calendars;

	ClassMeetingsController(MeetingService meetings, CalendarService calendars) {
		this.meetings = meetings;
		this.calendars = calendars;
	}

	@SchemaMapping(typeName = "SchoolClass")
	MeetingConnection meetings(SchoolClass schoolClass, @Argument @Nullable TermRef term,
			@Argument @Nullable List<MeetingKind> kinds, @Argument @Nullable Integer first,
			@Argument @Nullable String after) {
		LocalDate from = null;
		LocalDate to = null;
		if (term != null) {
			Term found = term(schoolClass.schoolId(), term);
			from = found.start();
			to = found.end();
		}
		return this.meetings.page(schoolClass, from, to, kinds, first, after);
	}

	private Term term(String schoolId, TermRef ref) {
		if (ref.schoolYear() < 2000 || ref.schoolYear() > 2100) {
			throw new BadRequestException("The year must be between 2000 and 2100.");
		}
		SchoolYearDates year = this.calendars.calendar(schoolId).schoolYear(ref.schoolYear());
		if (ref.number() < 1 || ref.number() > year.terms().size()) {
			throw new BadRequestException(
					"The school calendar has no term " + ref.number() + " in school year " + ref.schoolYear() + ".");
		}
		return year.terms().get(ref.number() - 1);
	}

}
