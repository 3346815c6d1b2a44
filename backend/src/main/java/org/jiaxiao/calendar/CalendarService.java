package org.jiaxiao.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The school calendar: read by everyone who computes a deadline or a period, changed by
 * the principal one school year or one holiday arrangement at a time. A change replaces
 * that entry under the document's version, so two changes at once never lose one.
 */
@Service
public class CalendarService {

	private static final int ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final AuditLog audit;

	private final Clock clock;

	CalendarService(MongoTemplate mongo, AuditLog audit, Clock clock) {
		this.mongo = mongo;
		this.audit = audit;
		this.clock = clock;
	}

	/** The school's calendar; an empty one (Sept–Aug years, no holidays) if none yet. */
	public SchoolCalendar calendar(String schoolId) {
		SchoolCalendar found = this.mongo.findById(schoolId, SchoolCalendar.class);
		return (found != null) ? found : SchoolCalendar.empty(schoolId);
	}

	/** Stores a calendar unless the school has one (demo data, a new school). */
	public boolean seed(SchoolCalendar calendar) {
		try {
			this.mongo.insert(calendar);
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	public CalendarResult setSchoolYear(StaffMember viewer, SchoolYearDates year) {
		requirePrincipal(viewer);
		List<UserError> errors = CalendarChecks.schoolYear(year);
		if (!errors.isEmpty()) {
			return new CalendarResult(null, errors);
		}
		SchoolCalendar changed = change(viewer, (calendar) -> {
			List<SchoolYearDates> years = new ArrayList<>(calendar.schoolYears());
			years.removeIf((existing) -> existing.startYear() == year.startYear());
			years.add(year);
			years.sort(Comparator.comparingInt(SchoolYearDates::startYear));
			return new SchoolCalendar(calendar.schoolId(), years, calendar.arrangements(), calendar.version(), null,
					null);
		});
		this.audit.record(viewer.id(), viewer.schoolId(), "setSchoolYearDates", AuditEvent.Kind.WRITE,
				List.of("calendar.schoolYear." + year.startYear()), List.of(), List.of());
		return new CalendarResult(changed, List.of());
	}

	public CalendarResult setHolidayArrangement(StaffMember viewer, HolidayArrangement arrangement) {
		requirePrincipal(viewer);
		List<UserError> errors = CalendarChecks.arrangement(arrangement);
		if (!errors.isEmpty()) {
			return new CalendarResult(null, errors);
		}
		HolidayArrangement sorted = new HolidayArrangement(arrangement.year(),
				arrangement.holidays().stream().sorted(Comparator.comparing(Holiday::start)).toList(),
				arrangement.makeUpWorkingDays().stream().distinct().sorted().toList());
		SchoolCalendar changed = change(viewer, (calendar) -> {
			List<HolidayArrangement> arrangements = new ArrayList<>(calendar.arrangements());
			arrangements.removeIf((existing) -> existing.year() == sorted.year());
			arrangements.add(sorted);
			arrangements.sort(Comparator.comparingInt(HolidayArrangement::year));
			return new SchoolCalendar(calendar.schoolId(), calendar.schoolYears(), arrangements, calendar.version(),
					null, null);
		});
		this.audit.record(viewer.id(), viewer.schoolId(), "setHolidayArrangement", AuditEvent.Kind.WRITE,
				List.of("calendar.holidays." + arrangement.year()), List.of(), List.of());
		return new CalendarResult(changed, List.of());
	}

	/** Applies a change to the stored calendar at its version, retrying after a race. */
	private SchoolCalendar change(StaffMember viewer, UnaryOperator<SchoolCalendar> edit) {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			SchoolCalendar stored = this.mongo.findById(viewer.schoolId(), SchoolCalendar.class);
			SchoolCalendar base = (stored != null) ? stored : SchoolCalendar.empty(viewer.schoolId());
			SchoolCalendar edited = edit.apply(base);
			SchoolCalendar next = new SchoolCalendar(base.schoolId(), edited.schoolYears(), edited.arrangements(),
					base.version() + 1, this.clock.instant(), viewer.id());
			if (stored == null) {
				if (seed(next)) {
					return next;
				}
				continue;
			}
			Query atVersion = Query.query(where("_id").is(base.schoolId()).and("version").is(base.version()));
			Update update = new Update().set("schoolYears", next.schoolYears())
				.set("arrangements", next.arrangements())
				.set("version", next.version())
				.set("updatedAt", next.updatedAt())
				.set("updatedById", next.updatedById());
			if (this.mongo.updateFirst(atVersion, update, SchoolCalendar.class).getModifiedCount() == 1) {
				return next;
			}
		}
		throw new IllegalStateException("The calendar kept changing; try again");
	}

	private static void requirePrincipal(StaffMember viewer) {
		if (!viewer.hasRole(StaffRole.PRINCIPAL)) {
			throw new ForbiddenException("Only the principal changes the school calendar.");
		}
	}

	/**
	 * The outcome of a calendar change.
	 *
	 * @param calendar the calendar after it, null when refused
	 * @param errors why it was refused
	 */
	public record CalendarResult(@Nullable SchoolCalendar calendar, List<UserError> errors) {
	}

	/** Checks on calendar input. */
	static final class CalendarChecks {

		private CalendarChecks() {
		}

		static List<UserError> schoolYear(SchoolYearDates year) {
			List<UserError> errors = new ArrayList<>();
			if (year.startYear() < 2000 || year.startYear() > 2100) {
				errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "startYear", "学年应在 2000 到 2100 之间。"));
				return errors;
			}
			DateRange whole = year.range();
			if (!whole.valid() || whole.days() > 400 || year.start().getYear() != year.startYear()) {
				errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "start", "学年的起止日期不合理（应始于该年、不超过 400 天）。"));
				return errors;
			}
			LocalDate previousEnd = null;
			for (Term term : year.terms()) {
				if (term.name() == null || term.name().isBlank() || term.name().length() > 50) {
					errors.add(UserError.of(UserErrorCode.REQUIRED, "terms", "每个学期都需要名称（最多 50 字）。"));
				}
				if (!term.range().valid() || !whole.contains(term.start()) || !whole.contains(term.end())
						|| (previousEnd != null && !term.start().isAfter(previousEnd))) {
					errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "terms", "学期应在学年之内、按先后顺序且互不重叠。"));
				}
				previousEnd = term.end();
			}
			for (DateRange range : new DateRange[] { year.winterBreak(), year.summerBreak() }) {
				if (range != null
						&& (!range.valid() || !whole.contains(range.start()) || !whole.contains(range.end()))) {
					errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "winterBreak", "假期应在学年之内且起止日期有效。"));
				}
			}
			return errors;
		}

		static List<UserError> arrangement(HolidayArrangement arrangement) {
			List<UserError> errors = new ArrayList<>();
			if (arrangement.year() < 2000 || arrangement.year() > 2100) {
				errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "year", "年份应在 2000 到 2100 之间。"));
				return errors;
			}
			DateRange around = new DateRange(LocalDate.of(arrangement.year(), 1, 1).minusDays(7),
					LocalDate.of(arrangement.year(), 12, 31).plusDays(7));
			WorkingDays days = WorkingDays
				.of(List.of(new HolidayArrangement(arrangement.year(), arrangement.holidays(), List.of())));
			for (Holiday holiday : arrangement.holidays()) {
				if (holiday.name() == null || holiday.name().isBlank() || holiday.name().length() > 50) {
					errors.add(UserError.of(UserErrorCode.REQUIRED, "holidays", "每个假日都需要名称（最多 50 字）。"));
				}
				if (!holiday.range().valid() || holiday.range().days() > 31 || !around.contains(holiday.start())
						|| !around.contains(holiday.end())) {
					errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "holidays", "假日的起止日期应在该年之内且不超过 31 天。"));
				}
			}
			for (LocalDate day : arrangement.makeUpWorkingDays()) {
				boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
				if (!weekend || !around.contains(day) || days.holidayOn(day).isPresent()) {
					errors.add(UserError.of(UserErrorCode.OUT_OF_RANGE, "makeUpWorkingDays",
							"调休上班日应为该年内、不在假期中的周六或周日：" + day));
				}
			}
			return errors;
		}

	}

}
