package org.jiaxiao.task.graphql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.RowFields;
import org.jiaxiao.directory.graphql.StudentPagePrefetch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.task.OpenTaskCounts;

import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A student's open tasks: one query for a page of students, never one per student. A
 * roster page is counted before its rows are answered ({@link StudentPagePrefetch}), so
 * each row reads its count from the request; anywhere else the count is batched through a
 * DataLoader.
 */
@Component
class StudentTaskFields implements StudentPagePrefetch, RuntimeWiringConfigurer {

	/** The DataLoader's name. */
	private static final String LOADER = "openTasksOfStudents";

	/** Counts already known in this request, by student id. */
	private static final String KNOWN = StudentTaskFields.class.getName() + ".known";

	private static final String FIELD = "edges/node/openObligations";

	private final OpenTaskCounts counts;

	StudentTaskFields(OpenTaskCounts counts, BatchLoaderRegistry registry) {
		this.counts = counts;
		registry.forTypePair(String.class, Integer.class)
			.withName(LOADER)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() ->
			// Batches run in the request's security context (Spring restores it).
			counted(Viewers.require(SecurityContextHolder.getContext().getAuthentication()), List.copyOf(ids))));
	}

	@Override
	public void prefetch(StaffMember viewer, List<Student> page, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		if (page.isEmpty() || !selection.contains(FIELD)) {
			return;
		}
		Map<String, Integer> known = context.computeIfAbsent(KNOWN, (key) -> new ConcurrentHashMap<>());
		known.putAll(counted(viewer, page.stream().map(Student::id).toList()));
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Student", (type) -> type.dataFetcher("openObligations", RowFields.of(this::openObligations)));
	}

	/** A count where the page was prefetched, else the DataLoader's pending one. */
	private Object openObligations(DataFetchingEnvironment environment) {
		Student student = environment.getSource();
		Map<String, Integer> known = environment.getGraphQlContext().get(KNOWN);
		Integer count = (known != null) ? known.get(student.id()) : null;
		if (count != null) {
			return count;
		}
		DataLoader<String, Integer> loader = environment.getDataLoader(LOADER);
		return Objects.requireNonNull(loader).load(student.id());
	}

	/** Every student's count, 0 included. */
	private Map<String, Integer> counted(StaffMember viewer, List<String> studentIds) {
		Map<String, Integer> open = this.counts.of(viewer, studentIds);
		return studentIds.stream()
			.distinct()
			.collect(Collectors.toMap(Function.identity(), (id) -> open.getOrDefault(id, 0)));
	}

}
