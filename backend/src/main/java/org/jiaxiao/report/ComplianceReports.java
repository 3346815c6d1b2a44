package org.jiaxiao.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.calendar.SchoolCalendar;
import org.jiaxiao.calendar.SchoolYearDates;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.policy.CoverageRules;
import org.jiaxiao.policy.PolicyHistory;
import org.jiaxiao.policy.PolicyRules;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.policy.PolicyVersion;
import org.jiaxiao.policy.TeacherRole;
import org.jiaxiao.report.ComplianceReport.ClassCompliance;
import org.jiaxiao.report.ComplianceReport.ClassMeetingFigures;
import org.jiaxiao.report.ComplianceReport.ImmediateVisits;
import org.jiaxiao.report.ComplianceReport.MonthFigures;
import org.jiaxiao.report.ComplianceReport.ScopeKind;
import org.jiaxiao.report.ComplianceReport.TeacherCompliance;
import org.jiaxiao.report.ObligationFigures.Row;
import org.jiaxiao.report.Quotas.Owed;
import org.jiaxiao.report.ReportInputs.PeriodInput;
import org.jiaxiao.report.ReportInputs.ScopeInput;
import org.jiaxiao.report.ReportScopes.Resolved;
import org.jiaxiao.report.TimelineFigures.ClassFigures;
import org.jiaxiao.report.TimelineFigures.TeacherMonth;
import org.jiaxiao.report.TimelineFigures.Window;
import org.jiaxiao.timeline.ContactForm;

import org.springframework.stereotype.Service;

/**
 * Computes a compliance report: resolves the scope (and whether the caller may see it)
 * and the period, runs four aggregations (teachers' contacts per month, class coverage,
 * obligations, meetings) and sets the counts against the quotas of the policy versions in
 * force on each day. Nothing is stored: a report reads the same history the same way
 * every time, so a later policy change cannot alter a past month's figures.
 */
@Service
public class ComplianceReports {

	/** Face-to-face forms when the policy has no coverage rule. */
	private static final List<ContactForm> FACE_TO_FACE = List.of(ContactForm.HOME_VISIT, ContactForm.PARENT_VISIT,
			ContactForm.INVITED_VISIT, ContactForm.VIDEO_CALL);

	private final DirectoryService directory;

	private final CalendarService calendars;

	private final PolicyService policies;

	private final ReportScopes scopes;

	private final TimelineFigures figures;

	private final ObligationFigures obligations;

	private final MeetingFigures meetings;

	private final Clock clock;

	ComplianceReports(DirectoryService directory, CalendarService calendars, PolicyService policies,
			ReportScopes scopes, TimelineFigures figures, ObligationFigures obligations, MeetingFigures meetings,
			Clock clock) {
		this.directory = directory;
		this.calendars = calendars;
		this.policies = policies;
		this.scopes = scopes;
		this.figures = figures;
		this.obligations = obligations;
		this.meetings = meetings;
		this.clock = clock;
	}

	public ComplianceReport report(StaffMember viewer, ScopeInput scopeInput, PeriodInput periodInput) {
		Resolved scope = this.scopes.resolve(viewer, scopeInput);
		String schoolId = viewer.schoolId();
		ZoneId zone = scope.scope().school().zone();
		SchoolCalendar calendar = this.calendars.calendar(schoolId);
		ReportPeriod period = ReportPeriods.resolve(periodInput, calendar);
		PolicyHistory history = this.policies.history(schoolId);
		PolicyVersion policy = history.at(period.to());
		PolicyRules rules = policy.rules();
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(zone).toLocalDate();
		Instant start = period.start(zone);
		Instant end = period.end(zone);

		List<String> classIds = scope.classes().stream().map(SchoolClass::id).toList();
		List<String> teacherIds = scope.teachers().stream().map(StaffMember::id).toList();
		Map<String, Map<YearMonth, TeacherMonth>> months = this.figures.teacherMonths(schoolId, teacherIds, start, end,
				zone, rules.homeVisitForms());
		List<Row> rows = this.obligations.rows(schoolId, classIds, teacherIds, start, end);
		Predicate<Row> inScope = (scope.scope().kind() == ScopeKind.TEACHER)
				? (row) -> teacherIds.contains(row.ownerId()) : (row) -> classIds.contains(row.classId());

		List<TeacherCompliance> teachers = new ArrayList<>();
		for (StaffMember teacher : scope.teachers()) {
			teachers.add(teacher(teacher, months.getOrDefault(teacher.id(), Map.of()), history, calendar, period, today,
					rows));
		}
		Map<String, ClassMeetingFigures> meetingFigures = this.meetings.of(schoolId, scope.classes(), calendar, period,
				history, today);
		List<ClassCompliance> classes = classes(scope.classes(), calendar, period, rules, zone, now, rows,
				meetingFigures);
		int overdue = rows.stream().filter(Row::overdue).filter(inScope).mapToInt(Row::count).sum();
		return new ComplianceReport(scope.scope(), period, policy, teachers, classes,
				immediate(rows.stream().filter((row) -> !row.overdue()).filter(inScope).toList()), overdue,
				trend(scope.teachers(), months, history, calendar, period), now);
	}

	private TeacherCompliance teacher(StaffMember teacher, Map<YearMonth, TeacherMonth> months, PolicyHistory history,
			SchoolCalendar calendar, ReportPeriod period, LocalDate today, List<Row> rows) {
		TeacherRole role = TeacherRole.of(teacher);
		TeacherMonth done = months.values().stream().reduce(TeacherMonth.NONE, TeacherMonth::plus);
		Owed owed = Quotas.owed(history, calendar, role, period.from(), period.to());
		LocalDate lastElapsed = period.to().isBefore(today) ? period.to() : today;
		Owed owedSoFar = lastElapsed.isBefore(period.from()) ? Owed.NONE
				: Quotas.owed(history, calendar, role, period.from(), lastElapsed);
		int overdue = rows.stream()
			.filter((row) -> row.overdue() && row.ownerId().equals(teacher.id()))
			.mapToInt(Row::count)
			.sum();
		return new TeacherCompliance(teacher, role, done.families(), done.contacts(), owed.contacts(),
				percent(done.families(), owed.contacts()), below(done.families(), owedSoFar.contacts()),
				done.homeVisits(), owed.homeVisits(), percent(done.homeVisits(), owed.homeVisits()),
				below(done.homeVisits(), owedSoFar.homeVisits()), overdue);
	}

	private List<ClassCompliance> classes(List<SchoolClass> classes, SchoolCalendar calendar, ReportPeriod period,
			PolicyRules rules, ZoneId zone, Instant now, List<Row> rows, Map<String, ClassMeetingFigures> meetings) {
		if (classes.isEmpty()) {
			return List.of();
		}
		SchoolYearDates year = calendar.schoolYear(period.schoolYear());
		Instant yearStart = year.start().atStartOfDay(zone).toInstant();
		Instant counted = min(period.end(zone), now);
		DateRange winter = year.winterBreak();
		Instant winterStart = (winter != null) ? winter.start().atStartOfDay(zone).toInstant() : yearStart;
		Instant winterEnd = (winter != null) ? min(winter.end().plusDays(1).atStartOfDay(zone).toInstant(), counted)
				: yearStart;
		CoverageRules coverage = rules.coverage();
		Window window = new Window(yearStart, counted, winterStart, winterEnd, rules.homeVisitForms(),
				(coverage != null) ? coverage.faceToFaceForms() : FACE_TO_FACE,
				(rules.focus() != null) ? rules.focus().minExtraVisitsPerYear() : 1);
		Map<String, ClassFigures> figures = this.figures.classes(classes.stream().map(SchoolClass::id).toList(),
				window);
		boolean everyStudent = rules.homeroom() != null && rules.homeroom().everyStudentPerSchoolYear();
		Double quota = (coverage != null) ? coverage.faceToFacePercentPerSchoolYear() : null;
		List<ClassCompliance> result = new ArrayList<>();
		for (SchoolClass schoolClass : classes) {
			ClassFigures f = figures.getOrDefault(schoolClass.id(), ClassFigures.EMPTY);
			double faceToFace = share(f.metFaceToFace(), f.families());
			int overdue = rows.stream()
				.filter((row) -> row.overdue() && row.classId().equals(schoolClass.id()))
				.mapToInt(Row::count)
				.sum();
			result.add(new ClassCompliance(schoolClass, f.students(), f.visited(), share(f.visited(), f.students()),
					f.notVisited(), everyStudent, f.focus(), f.focusWithExtra(), f.focusWinter(), f.families(),
					f.metFaceToFace(), faceToFace, quota, quota != null && f.families() > 0 && faceToFace < quota,
					overdue, meetings.get(schoolClass.id())));
		}
		return result;
	}

	private static ImmediateVisits immediate(List<Row> rows) {
		int onTime = 0;
		int late = 0;
		int pending = 0;
		int missed = 0;
		int waived = 0;
		for (Row row : rows) {
			if (row.state() == null) {
				continue;
			}
			switch (row.state()) {
				case DONE -> {
					if (Boolean.TRUE.equals(row.onTime())) {
						onTime += row.count();
					}
					else {
						late += row.count();
					}
				}
				case OPEN -> pending += row.count();
				case OVERDUE -> missed += row.count();
				case WAIVED -> waived += row.count();
			}
		}
		int decided = onTime + late + missed;
		return new ImmediateVisits(onTime + late + pending + missed + waived, onTime, late, pending, missed, waived,
				(decided > 0) ? round(100.0 * onTime / decided) : null);
	}

	private static List<MonthFigures> trend(List<StaffMember> teachers,
			Map<String, Map<YearMonth, TeacherMonth>> months, PolicyHistory history, SchoolCalendar calendar,
			ReportPeriod period) {
		List<MonthFigures> trend = new ArrayList<>();
		Set<TeacherRole> roles = teachers.stream().map(TeacherRole::of).collect(Collectors.toSet());
		for (YearMonth month = YearMonth.from(period.from()); !month.atDay(1).isAfter(period.to()); month = month
			.plusMonths(1)) {
			LocalDate from = max(month.atDay(1), period.from());
			LocalDate to = min(month.atEndOfMonth(), period.to());
			Map<TeacherRole, Owed> owedByRole = new java.util.EnumMap<>(TeacherRole.class);
			for (TeacherRole role : roles) {
				owedByRole.put(role, Quotas.owed(history, calendar, role, from, to));
			}
			int families = 0;
			int visits = 0;
			Owed owed = Owed.NONE;
			for (StaffMember teacher : teachers) {
				TeacherMonth done = months.getOrDefault(teacher.id(), Map.of()).getOrDefault(month, TeacherMonth.NONE);
				families += done.families();
				visits += done.homeVisits();
				owed = owed.plus(owedByRole.get(TeacherRole.of(teacher)));
			}
			trend.add(new MonthFigures(month.toString(), families, visits, owed.contacts(), owed.homeVisits()));
		}
		return trend;
	}

	static @Nullable Double percent(int done, @Nullable Integer quota) {
		return (quota != null && quota > 0) ? round(100.0 * done / quota) : null;
	}

	private static boolean below(int done, @Nullable Integer owedSoFar) {
		return owedSoFar != null && done < owedSoFar;
	}

	private static double share(int part, int whole) {
		return (whole > 0) ? round(100.0 * part / whole) : 0;
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static Instant min(Instant a, Instant b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

}
