package org.jiaxiao.directory.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * A class: its school, homeroom teacher (batched) and roster (one indexed query a page,
 * and one per feature that prefetches what the page asks of it).
 */
@Controller
class SchoolClassController {

	private static final String ROSTER_CURSOR = "roster";

	private final DirectoryService directory;

	private final List<StudentPagePrefetch> prefetches;

	SchoolClassController(DirectoryService directory, List<StudentPagePrefetch> prefetches) {
		this.directory = directory;
		this.prefetches = prefetches;
	}

	@BatchMapping(typeName = "SchoolClass")
	Map<SchoolClass, School> school(List<SchoolClass> classes) {
		Map<String, School> schools = byId(this.directory.schoolsByIds(ids(classes, SchoolClass::schoolId)),
				School::id);
		return classes.stream().collect(Collectors.toMap(Function.identity(), (c) -> schools.get(c.schoolId())));
	}

	@BatchMapping(typeName = "SchoolClass")
	Map<SchoolClass, StaffMember> homeroomTeacher(List<SchoolClass> classes) {
		return StaffBatch.of(this.directory, classes, SchoolClass::homeroomTeacherId);
	}

	@SchemaMapping(typeName = "SchoolClass")
	Connection<Student> students(SchoolClass schoolClass, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal, DataFetchingFieldSelectionSet selection,
			GraphQLContext context) {
		int size = Cursors.pageSize(first);
		List<String> position = Cursors.decode(ROSTER_CURSOR, after, 1);
		String afterStudentNo = position.isEmpty() ? "" : position.get(0);
		StaffMember viewer = Viewers.require(principal);
		List<Student> rows = this.directory.rosterPage(viewer, schoolClass.id(), afterStudentNo, size + 1);
		List<Student> page = rows.subList(0, Math.min(size, rows.size()));
		for (StudentPagePrefetch prefetch : this.prefetches) {
			prefetch.prefetch(viewer, page, selection, context);
		}
		return Connection.forward(rows, size, (student) -> Cursors.encode(ROSTER_CURSOR, student.studentNo()));
	}

	static <T> List<String> ids(List<T> items, Function<T, String> id) {
		return items.stream().map(id).distinct().toList();
	}

	static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
		return items.stream().collect(Collectors.toMap(id, Function.identity()));
	}

}
