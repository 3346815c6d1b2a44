package org.jiaxiao.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.Holiday;
import org.jiaxiao.calendar.HolidayArrangement;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.calendar.Term;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.policy.PolicyPreset;
import org.jiaxiao.policy.PolicyService;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo school the primary-school policy preset (from the 2025–26 school year),
 * the demo tutoring centre the tutoring preset, both the calendar (the official 2026
 * public-holiday arrangement for mainland China and the school's terms and winter break),
 * and the school a few class meetings. Runs once the demo school is loaded; never
 * replaces what a school already has.
 */
@Component
@ConditionalOnBooleanProperty("jiaxiao.demo-data.enabled")
class DemoCompliance {

	/** Before the demo escalations, which read the policies and calendars seeded here. */
	static final int ORDER = 0;

	/** The demo school's id, as {@link DemoDataLoader} writes it. */
	private static final String SCHOOL_ID = "sch_demo";

	private final DirectoryService directory;

	private final PolicyService policies;

	private final CalendarService calendars;

	private final MeetingService meetings;

	private final Clock clock;

	DemoCompliance(DirectoryService directory, PolicyService policies, CalendarService calendars,
			MeetingService meetings, Clock clock) {
		this.directory = directory;
		this.policies = policies;
		this.calendars = calendars;
		this.meetings = meetings;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(ORDER)
	void seed() {
		if (this.directory.schoolsByIds(List.of(SCHOOL_ID)).isEmpty()) {
			return;
		}
		this.policies.seed(SCHOOL_ID, PolicyPreset.PRIMARY, LocalDate.of(2025, 9, 1));
		this.calendars.seed(calendar());
		this.meetings.seed(DemoMeetings.upTo(this.clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate()));
		if (!this.directory.schoolsByIds(List.of(DemoTutoringCentre.SCHOOL_ID)).isEmpty()) {
			this.policies.seed(DemoTutoringCentre.SCHOOL_ID, PolicyPreset.TUTORING, LocalDate.of(2025, 9, 1));
			this.calendars.seed(calendar(DemoTutoringCentre.SCHOOL_ID));
		}
	}

	/** The demo calendar; the 2026 arrangement is the State Council's of 2025-11-04. */
	static SchoolCalendar calendar() {
		return calendar(SCHOOL_ID);
	}

	/** The same terms and holidays for another demo organisation. */
	static SchoolCalendar calendar(String schoolId) {
		SchoolYearDates year2025 = new SchoolYearDates(2025, date(2025, 9, 1), date(2026, 8, 31),
				List.of(new Term("第一学期", date(2025, 9, 1), date(2026, 1, 16)),
						new Term("第二学期", date(2026, 2, 24), date(2026, 7, 3))),
				new DateRange(date(2026, 1, 17), date(2026, 2, 23)),
				new DateRange(date(2026, 7, 4), date(2026, 8, 31)));
		SchoolYearDates year2026 = new SchoolYearDates(2026, date(2026, 9, 1), date(2027, 8, 31),
				List.of(new Term("第一学期", date(2026, 9, 1), date(2027, 1, 15))), null, null);
		HolidayArrangement holidays2026 = new HolidayArrangement(2026,
				List.of(new Holiday("元旦", date(2026, 1, 1), date(2026, 1, 3)),
						new Holiday("春节", date(2026, 2, 15), date(2026, 2, 23)),
						new Holiday("清明节", date(2026, 4, 4), date(2026, 4, 6)),
						new Holiday("劳动节", date(2026, 5, 1), date(2026, 5, 5)),
						new Holiday("端午节", date(2026, 6, 19), date(2026, 6, 21)),
						new Holiday("中秋节", date(2026, 9, 25), date(2026, 9, 27)),
						new Holiday("国庆节", date(2026, 10, 1), date(2026, 10, 7))),
				List.of(date(2026, 1, 4), date(2026, 2, 14), date(2026, 2, 28), date(2026, 5, 9), date(2026, 9, 20),
						date(2026, 10, 10)));
		return new SchoolCalendar(schoolId, List.of(year2025, year2026), List.of(holidays2026), 1, null, null);
	}

	private static LocalDate date(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

}
