package org.jiaxiao.escalation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Reads escalations for the people allowed to see them, always filtered by the viewer's
 * scope in the query ({@link EscalationAccess}); lists are most urgent first with a
 * cursor that stays valid while escalations move.
 */
@Service
public class EscalationService {

	private static final String CURSOR = "escalations";

	private final EscalationStore store;

	private final ChainsInForce chains;

	private final Clock clock;

	EscalationService(EscalationStore store, ChainsInForce chains, Clock clock) {
		this.store = store;
		this.chains = chains;
		this.clock = clock;
	}

	public Optional<Escalation> visible(StaffMember viewer, String id) {
		return EscalationAccess.visibleTo(viewer).flatMap((visible) -> this.store.find(id, visible));
	}

	public List<Escalation> visible(StaffMember viewer, Collection<String> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return EscalationAccess.visibleTo(viewer).map((visible) -> this.store.find(ids, visible)).orElse(List.of());
	}

	/**
	 * Escalations of the viewer's school by id, for a student's timeline entries: whoever
	 * sees the entry sees the student, and so the escalation it reports.
	 */
	public List<Escalation> ofTimeline(StaffMember viewer, Collection<String> ids) {
		if (ids.isEmpty() || viewer.seesNoFamilyRecords()) {
			return List.of();
		}
		return this.store.find(ids, where("schoolId").is(viewer.schoolId()));
	}

	public Connection<Escalation> page(StaffMember viewer, @Nullable EscalationFilter filter, @Nullable Integer first,
			@Nullable String after) {
		int size = Cursors.pageSize(first);
		List<String> position = Cursors.decode(CURSOR, after, 2);
		Optional<Criteria> visible = EscalationAccess.visibleTo(viewer);
		if (visible.isEmpty()) {
			return Connection.forward(List.of(), size, EscalationService::cursor);
		}
		Criteria criteria = conditions(visible.get(), (filter != null) ? filter : EscalationFilter.NONE);
		Optional<EscalationStore.Position> from = position.isEmpty() ? Optional.empty()
				: Optional.of(new EscalationStore.Position(parse(position.get(0)), position.get(1)));
		return Connection.forward(this.store.page(criteria, size + 1, from), size, EscalationService::cursor);
	}

	/** The chain in force at the viewer's school today. */
	public Optional<EscalationChainRules> chain(StaffMember viewer, EscalationChainKind kind) {
		return this.chains.chain(viewer.schoolId(), kind, this.clock.instant());
	}

	public Instant now() {
		return this.clock.instant();
	}

	private Criteria conditions(Criteria visible, EscalationFilter filter) {
		List<Criteria> all = new ArrayList<>();
		all.add(visible);
		if (filter.kinds() != null && !filter.kinds().isEmpty()) {
			all.add(where("kind").in(filter.kinds()));
		}
		if (filter.states() != null && !filter.states().isEmpty()) {
			all.add(where("state").in(filter.states()));
		}
		if (filter.stepKeys() != null && !filter.stepKeys().isEmpty()) {
			all.add(where("currentStepKey").in(filter.stepKeys()));
		}
		if (filter.studentId() != null) {
			all.add(where("studentId").is(filter.studentId()));
		}
		if (filter.overdue() != null) {
			Criteria overdue = where("state").is(EscalationState.OPEN).and("currentDueAt").lt(now());
			all.add(filter.overdue() ? overdue : new Criteria().orOperator(where("state").ne(EscalationState.OPEN),
					where("currentDueAt").gte(now())));
		}
		return new Criteria().andOperator(all);
	}

	private static String cursor(Escalation escalation) {
		return Cursors.encode(CURSOR, String.valueOf(escalation.queueOrder()), escalation.id());
	}

	private static long parse(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

}
