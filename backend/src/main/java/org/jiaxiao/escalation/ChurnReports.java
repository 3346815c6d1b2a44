package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.Document;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.policy.EscalationChainKind;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The churn report: the retention escalations of the caller's campus opened in a period,
 * counted in one aggregation per campus or per learning manager — how many, how many
 * families kept and lost, and how often each loss reason was tagged. For the people who
 * answer for the campus: supervisor, campus director, president.
 */
@Service
public class ChurnReports {

	static final Set<StaffRole> READERS = Set.of(StaffRole.SUPERVISOR, StaffRole.CAMPUS_DIRECTOR, StaffRole.PRESIDENT);

	private static final int MAX_DAYS = 800;

	private final MongoTemplate mongo;

	private final DirectoryService directory;

	ChurnReports(MongoTemplate mongo, DirectoryService directory) {
		this.mongo = mongo;
		this.directory = directory;
	}

	public ChurnReport report(StaffMember viewer, DateRange period, ChurnReport.GroupBy groupBy) {
		if (viewer.roles().stream().noneMatch(READERS::contains)) {
			throw new ForbiddenException("Only the supervisor, the campus director and the president read churn.");
		}
		if (!period.valid() || period.days() > MAX_DAYS) {
			throw new BadRequestException(
					"The period must end after it starts and last at most " + MAX_DAYS + " days.");
		}
		ZoneId zone = this.directory.school(viewer.schoolId()).zone();
		Instant from = period.start().atStartOfDay(zone).toInstant();
		Instant to = period.end().plusDays(1).atStartOfDay(zone).toInstant();
		String key = (groupBy == ChurnReport.GroupBy.CAMPUS) ? "$schoolId" : "$learningManagerId";
		Document group = new Document("_id", key).append("escalations", new Document("$sum", 1))
			.append("kept", count(new Document("$eq", List.of("$state", EscalationState.RESOLVED.name()))))
			.append("lost", count(new Document("$eq", List.of("$state", EscalationState.REFUNDED.name()))));
		for (LossReason reason : LossReason.values()) {
			group.append(reason.name(), count(new Document("$in",
					List.of(reason.name(), new Document("$ifNull", List.of("$lossReasons", List.of()))))));
		}
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("schoolId", viewer.schoolId()).append("kind", EscalationChainKind.RETENTION.name())
							.append("openedAt", new Document("$gte", Date.from(from)).append("$lt", Date.from(to)))),
				new Document("$group", group), new Document("$sort", new Document("_id", 1)));
		List<ChurnReport.Group> groups = new ArrayList<>();
		Map<LossReason, Integer> totals = new EnumMap<>(LossReason.class);
		for (Document row : this.mongo.getCollection("escalations").aggregate(pipeline)) {
			Map<LossReason, Integer> reasons = new EnumMap<>(LossReason.class);
			for (LossReason reason : LossReason.values()) {
				int count = number(row, reason.name());
				if (count > 0) {
					reasons.put(reason, count);
					totals.merge(reason, count, Integer::sum);
				}
			}
			String id = row.getString("_id");
			groups.add(new ChurnReport.Group(viewer.schoolId(), (groupBy == ChurnReport.GroupBy.CAMPUS) ? null : id,
					number(row, "escalations"), number(row, "kept"), number(row, "lost"), ranked(reasons)));
		}
		return new ChurnReport(period, groups, ranked(totals));
	}

	private static Document count(Document condition) {
		return new Document("$sum", new Document("$cond", List.of(condition, 1, 0)));
	}

	private static int number(Document row, String field) {
		Object value = row.get(field);
		return (value instanceof Number number) ? number.intValue() : 0;
	}

	/** Most frequent first, then in the order of the reasons. */
	private static List<ChurnReport.ReasonCount> ranked(Map<LossReason, Integer> counts) {
		return counts.entrySet()
			.stream()
			.map((entry) -> new ChurnReport.ReasonCount(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparingInt(ChurnReport.ReasonCount::count)
				.reversed()
				.thenComparing(ChurnReport.ReasonCount::reason))
			.toList();
	}

}
