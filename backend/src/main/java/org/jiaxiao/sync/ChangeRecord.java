package org.jiaxiao.sync;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One numbered change in the {@code changes} collection: which items changed, and where
 * (school, classes) so that readers filter by scope in the query. A closed number (a
 * writer took it and did not store its change within the grace period) is stored as a
 * record with {@code closed} set and no items.
 *
 * @param seq the change's number, from the counter
 * @param schoolId the school
 * @param classIds the classes of the students concerned
 * @param allocatedAt when the number was taken
 * @param cause the event that caused it, e.g. ContactRecorded
 * @param refs the items that changed
 * @param closed a number closed by a reader, holding no change
 */
@Document("changes")
@CompoundIndex(name = "school_seq", def = "{'schoolId': 1, '_id': 1}")
record ChangeRecord(@Id long seq, String schoolId, List<String> classIds, Instant allocatedAt, String cause,
		List<ChangeRef> refs, boolean closed) {

	static ChangeRecord closed(long seq, Instant at) {
		return new ChangeRecord(seq, "", List.of(), at, "closed", List.of(), true);
	}

}
