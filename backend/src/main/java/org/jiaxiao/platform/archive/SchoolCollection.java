package org.jiaxiao.platform.archive;

import java.util.function.Function;

import org.bson.Document;

/**
 * A collection holding a school's documents and the filter that selects them.
 *
 * @param name the collection
 * @param filterForSchool the filter selecting one school's documents, given its id
 */
public record SchoolCollection(String name, Function<String, Document> filterForSchool) {

	/** A collection whose documents name their school in {@code field}. */
	public static SchoolCollection byField(String name, String field) {
		return new SchoolCollection(name, (schoolId) -> new Document(field, schoolId));
	}

}
