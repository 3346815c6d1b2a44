package org.jiaxiao.compliance.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.compliance.OpenTaskCounts;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.Viewers;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * A student's open tasks on the roster: batched, so a page of 50 students costs one
 * query, not 50.
 */
@Controller
class StudentTasksController {

	private final OpenTaskCounts counts;

	StudentTasksController(OpenTaskCounts counts) {
		this.counts = counts;
	}

	@BatchMapping(typeName = "Student")
	Map<Student, Integer> openObligations(List<Student> students, Principal principal) {
		Map<String, Integer> open = this.counts.of(Viewers.require(principal),
				students.stream().map(Student::id).toList());
		return students.stream()
			.collect(Collectors.toMap(Function.identity(), (student) -> open.getOrDefault(student.id(), 0),
					(a, b) -> a));
	}

}
