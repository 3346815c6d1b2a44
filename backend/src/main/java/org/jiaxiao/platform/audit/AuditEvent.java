package org.jiaxiao.platform.audit;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.SchemaEnum;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who touched whose personal information, when, through which operation.
 *
 * @param id opaque id ({@code aud_…})
 * @param at when
 * @param actorId the staff member
 * @param schoolId the actor's school, so a principal reads only their school's trail
 * @param operation the GraphQL operation name or mutation
 * @param kind a read of sensitive fields or a write
 * @param fields the sensitive fields read, or the mutation's name
 * @param studentIds students concerned
 * @param householdIds households concerned
 * @param changes for a directory edit, each field's value before and after
 */
@Document("audit_events")
@CompoundIndexes({ @CompoundIndex(name = "school_at", def = "{'schoolId': 1, 'at': -1, '_id': -1}"),
		@CompoundIndex(name = "household_at", def = "{'householdIds': 1, 'at': -1, '_id': -1}"),
		@CompoundIndex(name = "student_at", def = "{'studentIds': 1, 'at': -1, '_id': -1}"),
		@CompoundIndex(name = "actor_at", def = "{'actorId': 1, 'at': -1, '_id': -1}") })
public record AuditEvent(@Id String id, Instant at, String actorId, String schoolId, String operation, Kind kind,
		List<String> fields, List<String> studentIds, List<String> householdIds, @Nullable List<FieldChange> changes) {

	@Override
	public List<FieldChange> changes() {
		return (this.changes != null) ? this.changes : List.of();
	}

	/** What kind of access an event records. */
	@SchemaEnum("AuditKind")
	public enum Kind {

		READ, WRITE

	}

}
