package org.jiaxiao.analytics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import com.mongodb.MongoExecutionTimeoutException;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.analytics.AnalyticsStore.ContactQuery;
import org.jiaxiao.analytics.AnalyticsStore.ContactRow;
import org.jiaxiao.analytics.AnalyticsStore.ContactRows;
import org.jiaxiao.analytics.AnalyticsStore.CoverageRow;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditLog;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.timeline.ContactForm;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;

/**
 * Anonymised figures for analysts and the principal: checks that a query is narrow enough
 * before it runs, runs it with a time limit on a small pool (so analysts cannot crowd out
 * teachers), suppresses small groups and audits every query.
 */
@Service
public class AnalyticsService implements DisposableBean {

	/** Most dimensions one query may group by. */
	static final int MAX_DIMENSIONS = 3;

	private final AnalyticsStore store;

	private final DirectoryService directory;

	private final AuditLog audit;

	private final AnalyticsProperties properties;

	private final Clock clock;

	private final ExecutorService pool;

	AnalyticsService(AnalyticsStore store, DirectoryService directory, AuditLog audit, AnalyticsProperties properties,
			Clock clock) {
		this.store = store;
		this.directory = directory;
		this.audit = audit;
		this.properties = properties;
		this.clock = clock;
		this.pool = Executors.newFixedThreadPool(properties.concurrency(), (task) -> {
			Thread thread = new Thread(task, "analytics");
			thread.setDaemon(true);
			return thread;
		});
	}

	/** Analysts and the principal; everyone else is refused. */
	public void requireAnalyst(StaffMember viewer) {
		if (!viewer.hasRole(StaffRole.ANALYST) && !viewer.hasRole(StaffRole.PRINCIPAL)) {
			throw new ForbiddenException("Only analysts and the principal may read analytics.");
		}
	}

	public AnalyticsProperties properties() {
		return this.properties;
	}

	public ContactStats contactStats(StaffMember viewer, @Nullable ContactStatsFilter requested,
			List<AnalyticsDimension> groupBy) {
		requireAnalyst(viewer);
		ContactStatsFilter filter = (requested != null) ? requested : ContactStatsFilter.NONE;
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		Instant now = this.clock.instant();
		Instant from = (filter.from() != null) ? WholeDays.require(filter.from(), zone, "from")
				: schoolYearStart(now, zone);
		Instant to = (filter.to() != null) ? WholeDays.require(filter.to(), zone, "to") : WholeDays.today(now, zone);
		if (filter.to() != null && !to.isAfter(from)) {
			throw new AnalyticsException(AnalyticsException.INVALID, "The period must end after it starts.");
		}
		to = WholeDays.pastOnly(from, to, now, zone);
		if (new HashSet<>(groupBy).size() != groupBy.size()) {
			throw new AnalyticsException(AnalyticsException.INVALID, "A dimension may appear only once in groupBy.");
		}
		if (groupBy.size() > MAX_DIMENSIONS) {
			throw new AnalyticsException(AnalyticsException.TOO_BROAD,
					"Group by at most " + MAX_DIMENSIONS + " dimensions.");
		}
		if (Duration.between(from, to).compareTo(this.properties.maxPeriod()) > 0) {
			throw new AnalyticsException(AnalyticsException.TOO_BROAD,
					"The period may be at most " + this.properties.maxPeriod().toDays() + " days.");
		}
		List<SchoolClass> classes = this.directory.classesOfSchool(viewer.schoolId());
		long estimate = 1;
		for (AnalyticsDimension dimension : groupBy) {
			estimate *= cardinality(dimension, filter, classes, from, to, zone);
		}
		checkEstimate(estimate);
		this.audit.record(viewer.id(), viewer.schoolId(), "analytics.contactStats", AuditEvent.Kind.READ,
				List.of("Analytics.contactStats", "groupBy=" + groupBy, "filter=" + filter), List.of(), List.of());
		ContactQuery query = new ContactQuery(viewer.schoolId(), zone, filter, from, to, List.copyOf(groupBy));
		ContactRows rows = run(() -> this.store.contactRows(query));
		Map<String, String> classNames = classNames(classes);
		List<ContactRow> sorted = new ArrayList<>(rows.buckets());
		sorted.sort(Comparator.comparing(ContactRow::keys, AnalyticsService::compareKeys));
		List<CellSuppression.Cell> cells = sorted.stream()
			.map((row) -> new CellSuppression.Cell(row.keys(), row.students()))
			.toList();
		List<@Nullable Suppression> suppressed = CellSuppression.apply(cells, this.properties.minGroupSize());
		Disclosure disclosure = disclosure();
		List<ContactBucket> buckets = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			List<AnalyticsKey> keys = keys(groupBy, sorted.get(i).keys(), classNames);
			Suppression why = suppressed.get(i);
			// A suppressed bucket is left out, not listed as withheld: a small one listed
			// would say that some student of, say, one class and one focus category had a
			// contact, and a complementary one listed would say that a small one is near.
			// Left out, a missing bucket may have no contacts, a few, or many.
			if (why != null) {
				continue;
			}
			buckets.add(ContactFigures.of(keys, sorted.get(i), disclosure));
		}
		// The total is the raw total under the same rule, not a sum of the buckets shown:
		// it is then the same whatever the grouping, so comparing groupings recovers
		// nothing.
		ContactRow total = (rows.total() != null) ? rows.total() : ContactRow.EMPTY;
		ContactBucket totalBucket = disclosure.small(total.students())
				? ContactBucket.withheld(List.of(), Suppression.SMALL_GROUP)
				: ContactFigures.of(List.of(), total, disclosure);
		return new ContactStats(from.atZone(zone).toOffsetDateTime(), to.atZone(zone).toOffsetDateTime(),
				List.copyOf(groupBy), buckets, totalBucket);
	}

	public CoverageStats coverageStats(StaffMember viewer, @Nullable CoverageStatsFilter requested,
			CoverageDimension groupBy) {
		requireAnalyst(viewer);
		CoverageStatsFilter filter = (requested != null) ? requested : CoverageStatsFilter.NONE;
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		int schoolYear = SchoolYears.of(this.clock.instant(), zone);
		List<SchoolClass> classes = this.directory.classesOfSchool(viewer.schoolId());
		checkEstimate(
				(groupBy == CoverageDimension.GRADE) ? grades(classes, filter.grades()) : Math.max(1, classes.size()));
		this.audit.record(viewer.id(), viewer.schoolId(), "analytics.coverageStats", AuditEvent.Kind.READ,
				List.of("Analytics.coverageStats", "groupBy=" + groupBy, "filter=" + filter), List.of(), List.of());
		List<CoverageRow> rows = new ArrayList<>(
				run(() -> this.store.coverageRows(viewer.schoolId(), filter, groupBy, schoolYear)));
		rows.sort(Comparator.comparing((CoverageRow row) -> List.of(row.key()), AnalyticsService::compareKeys));
		List<@Nullable Suppression> suppressed = CellSuppression.apply(
				rows.stream().map((row) -> new CellSuppression.Cell(List.of(row.key()), row.students())).toList(),
				this.properties.minGroupSize());
		Map<String, String> classNames = classNames(classes);
		Disclosure disclosure = disclosure();
		List<CoverageBucket> buckets = new ArrayList<>();
		int students = 0;
		int visited = 0;
		for (int i = 0; i < rows.size(); i++) {
			CoverageRow row = rows.get(i);
			students += row.students();
			visited += row.visited();
			List<AnalyticsKey> keys = keys(List.of(groupBy.asDimension()), List.of(row.key()), classNames);
			Suppression why = suppressed.get(i);
			// Left out like a suppressed contact bucket: under a focus-category filter, a
			// listed class would say it has a few students of that category.
			if (why != null) {
				continue;
			}
			buckets.add(CoverageBucket.of(keys, row.students(), row.visited(), disclosure));
		}
		CoverageBucket total = disclosure.small(students) ? CoverageBucket.withheld(List.of(), Suppression.SMALL_GROUP)
				: CoverageBucket.of(List.of(), students, visited, disclosure);
		return new CoverageStats(schoolYear, groupBy, buckets, total);
	}

	@Override
	public void destroy() {
		this.pool.shutdownNow();
	}

	/** Runs a query on the pool, giving up after the time limit. */
	<T> T run(Callable<T> query) {
		Future<T> future = this.pool.submit(query);
		try {
			return future.get(this.properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			future.cancel(true);
			throw timeout();
		}
		catch (InterruptedException ex) {
			future.cancel(true);
			Thread.currentThread().interrupt();
			throw timeout();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof MongoExecutionTimeoutException
					|| ex.getCause() instanceof org.springframework.dao.QueryTimeoutException) {
				throw timeout();
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(ex.getCause());
		}
	}

	private AnalyticsException timeout() {
		return new AnalyticsException(AnalyticsException.TIMEOUT, "The analytics query took longer than "
				+ this.properties.timeout().toSeconds() + " s; narrow the filter or group by fewer dimensions.");
	}

	private void checkEstimate(long estimate) {
		if (estimate > this.properties.maxBuckets()) {
			throw new AnalyticsException(AnalyticsException.TOO_BROAD,
					"The query could return up to " + estimate + " buckets, more than " + this.properties.maxBuckets()
							+ ": narrow the filter (grades, classes, period) or group by fewer dimensions.");
		}
	}

	private Disclosure disclosure() {
		return new Disclosure(this.properties.minGroupSize(), this.properties.roundingBase());
	}

	private static long cardinality(AnalyticsDimension dimension, ContactStatsFilter filter, List<SchoolClass> classes,
			Instant from, Instant to, ZoneId zone) {
		return switch (dimension) {
			case GRADE -> grades(classes, filter.grades());
			case CLASS -> (filter.classes() != null && !filter.classes().isEmpty()) ? filter.classes().size()
					: classes.stream()
						.filter((c) -> filter.grades() == null || filter.grades().isEmpty()
								|| filter.grades().contains(c.grade()))
						.count();
			case TEACHER_ROLE -> 6;
			case FORM -> sizeOr(filter.forms(), ContactForm.values().length);
			case KIND -> sizeOr(filter.kinds(), 6);
			case MONTH -> {
				YearMonth first = YearMonth.from(from.atZone(zone));
				YearMonth last = YearMonth.from(to.atZone(zone));
				yield first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
			}
			case WEEKDAY -> 7;
			case FOCUS_CATEGORY -> FocusCategory.values().length + 1;
		};
	}

	private static long grades(List<SchoolClass> classes, @Nullable List<Integer> grades) {
		if (grades != null && !grades.isEmpty()) {
			return grades.size();
		}
		return Math.max(1, classes.stream().map(SchoolClass::grade).distinct().count());
	}

	private static long sizeOr(@Nullable List<?> values, int all) {
		return (values != null && !values.isEmpty()) ? values.size() : all;
	}

	private static List<AnalyticsKey> keys(List<AnalyticsDimension> dimensions, List<String> values,
			Map<String, String> classNames) {
		List<AnalyticsKey> keys = new ArrayList<>();
		for (int i = 0; i < dimensions.size(); i++) {
			keys.add(new AnalyticsKey(dimensions.get(i), values.get(i),
					KeyLabels.of(dimensions.get(i), values.get(i), classNames)));
		}
		return keys;
	}

	private static Map<String, String> classNames(List<SchoolClass> classes) {
		return classes.stream().collect(Collectors.toMap(SchoolClass::id, SchoolClass::name, (a, b) -> a));
	}

	/** Keys in order, numbers (grades, weekdays) by value. */
	static int compareKeys(List<String> left, List<String> right) {
		for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
			int order = compareValue(left.get(i), right.get(i));
			if (order != 0) {
				return order;
			}
		}
		return Integer.compare(left.size(), right.size());
	}

	private static int compareValue(String left, String right) {
		if (left.matches("\\d{1,9}") && right.matches("\\d{1,9}")) {
			return Integer.compare(Integer.parseInt(left), Integer.parseInt(right));
		}
		return left.compareTo(right);
	}

	private static Instant schoolYearStart(Instant now, ZoneId zone) {
		return LocalDate.of(SchoolYears.of(now, zone), 9, 1).atStartOfDay(zone).toInstant();
	}

}
