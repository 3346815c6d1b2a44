package org.jiaxiao.compliance.graphql;

import java.util.function.Function;
import java.util.stream.Collectors;

import reactor.core.publisher.Mono;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Loads the students that a report's classes list as not visited yet, for all the classes
 * of one report in one query through the caller's scope. A school's report has a page per
 * class: loaded class by class that was 60 reads, each of which the embedded server
 * answers by scanning every student (measured in {@code bench/}).
 */
@Configuration(proxyBeanMethods = false)
class NotVisitedStudentsLoader {

	static final String NAME = "notVisitedStudents";

	NotVisitedStudentsLoader(BatchLoaderRegistry registry, DirectoryService directory) {
		registry.forTypePair(String.class, Student.class)
			.withName(NAME)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> {
				// Batches run in the request's security context (Spring restores it).
				var viewer = Viewers.require(SecurityContextHolder.getContext().getAuthentication());
				return directory.visibleStudents(viewer, ids)
					.stream()
					.collect(Collectors.toMap(Student::id, Function.identity()));
			}));
	}

}
