package org.jiaxiao.directory.graphql;

import java.util.List;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;

/**
 * Work a feature does once for a page of students about to be answered, so that a field
 * it adds to {@code Student} can answer each row from the request's context. A DataLoader
 * also costs one query a page, but a pending value per row makes graphql-java complete
 * every row of the list asynchronously, which cost a class roster more than its queries
 * (measured in {@code bench/}). A field stays right without it: where no page was
 * prefetched (a single student, a list that does not call this) it falls back to its
 * DataLoader.
 */
public interface StudentPagePrefetch {

	/**
	 * @param viewer who asks
	 * @param page the students of the page, in order
	 * @param selection what the list field asks of them, e.g.
	 * {@code edges/node/openObligations}
	 * @param context the request's context, where the answers are kept
	 */
	void prefetch(StaffMember viewer, List<Student> page, DataFetchingFieldSelectionSet selection,
			GraphQLContext context);

}
