package org.jiaxiao.platform.audit;

import java.util.LinkedHashSet;
import java.util.Set;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

/**
 * The sensitive reads of one GraphQL request, gathered while its fields resolve and
 * written as one audit event when it ends (a roster of 40 is one event, not 40).
 */
public final class AuditTrail {

	static final String KEY = AuditTrail.class.getName();

	private final Set<String> fields = new LinkedHashSet<>();

	private final Set<String> studentIds = new LinkedHashSet<>();

	private final Set<String> householdIds = new LinkedHashSet<>();

	private @Nullable String actorId;

	private @Nullable String schoolId;

	private String operation = "anonymous";

	/** The trail of the request that {@code context} belongs to. */
	public static AuditTrail of(GraphQLContext context) {
		return context.computeIfAbsent(KEY, (key) -> new AuditTrail());
	}

	synchronized void operation(String name) {
		this.operation = name;
	}

	public synchronized void read(String actorId, String schoolId, String field, @Nullable String studentId,
			@Nullable String householdId) {
		this.actorId = actorId;
		this.schoolId = schoolId;
		this.fields.add(field);
		if (studentId != null) {
			this.studentIds.add(studentId);
		}
		if (householdId != null) {
			this.householdIds.add(householdId);
		}
	}

	synchronized void writeTo(AuditLog log) {
		if (this.actorId != null && this.schoolId != null) {
			log.record(this.actorId, this.schoolId, this.operation, AuditEvent.Kind.READ, this.fields, this.studentIds,
					this.householdIds);
		}
	}

}
