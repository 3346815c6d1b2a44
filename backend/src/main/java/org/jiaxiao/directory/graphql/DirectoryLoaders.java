package org.jiaxiao.directory.graphql;

import java.util.function.Function;
import java.util.stream.Collectors;

import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;

import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * DataLoaders for directory records that other features name by id: a field method takes
 * one as a parameter of the loader's name. All the ids a request asks for at one level
 * cost one query: the students a report lists as not visited, across all its classes
 * (class by class that was 60 reads for a school, each a scan on the embedded server), or
 * the authors of a timeline page.
 */
@Configuration(proxyBeanMethods = false)
public class DirectoryLoaders {

	/** Students by id, only those the caller may see (others load as null). */
	public static final String VISIBLE_STUDENTS = "visibleStudentsById";

	/**
	 * Staff members by id (names, not personal information), from the directory cache.
	 */
	public static final String STAFF = "staffById";

	DirectoryLoaders(BatchLoaderRegistry registry, DirectoryService directory) {
		registry.forTypePair(String.class, Student.class)
			.withName(VISIBLE_STUDENTS)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> {
				// Batches run in the request's security context (Spring restores it).
				var viewer = Viewers.require(SecurityContextHolder.getContext().getAuthentication());
				return directory.visibleStudents(viewer, ids)
					.stream()
					.collect(Collectors.toMap(Student::id, Function.identity()));
			}));
		registry.forTypePair(String.class, StaffMember.class)
			.withName(STAFF)
			.registerMappedBatchLoader((ids,
					environment) -> Mono.fromSupplier(() -> directory.staffByIds(ids)
						.stream()
						.collect(Collectors.toMap(StaffMember::id, Function.identity()))));
	}

	/**
	 * A staff member's value for a field: at once when the directory keeps them (nearly
	 * always), else through the loader. A pending value per row would make graphql-java
	 * complete a whole page asynchronously for a name it already has.
	 */
	public static @Nullable Object staff(DirectoryService directory, @Nullable String id,
			DataLoader<String, StaffMember> loader) {
		if (id == null) {
			return null;
		}
		StaffMember kept = directory.keptStaff(id);
		return (kept != null) ? kept : loader.load(id);
	}

}
