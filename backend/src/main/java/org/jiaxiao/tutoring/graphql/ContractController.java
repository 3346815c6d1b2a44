package org.jiaxiao.tutoring.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * A student's contracts and a contract's people. A contract is reached through a student
 * the caller may see, or through a refund the caller handles; its student only in the
 * first case.
 */
@Controller
class ContractController {

	private final Contracts contracts;

	private final DirectoryService directory;

	ContractController(Contracts contracts, DirectoryService directory) {
		this.contracts = contracts;
		this.directory = directory;
	}

	@BatchMapping(typeName = "Student")
	Map<Student, List<TutoringContract>> contracts(List<Student> students) {
		Map<String, List<TutoringContract>> byStudent = this.contracts
			.ofStudents(students.stream().map(Student::id).toList())
			.stream()
			.collect(Collectors.groupingBy(TutoringContract::studentId));
		return students.stream()
			.collect(Collectors.toMap(Function.identity(), (s) -> byStudent.getOrDefault(s.id(), List.of())));
	}

	/**
	 * The student, when the caller's scope holds them: finance reaches a contract through
	 * a refund, not through the student, and sees no family's record.
	 */
	@BatchMapping(typeName = "TutoringContract")
	Map<TutoringContract, Student> student(List<TutoringContract> contracts, Principal principal) {
		Map<String, Student> students = this.directory
			.visibleStudents(Viewers.require(principal),
					contracts.stream().map(TutoringContract::studentId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		return contracts.stream()
			.filter((c) -> students.containsKey(c.studentId()))
			.collect(Collectors.toMap(Function.identity(), (c) -> students.get(c.studentId())));
	}

	@BatchMapping(typeName = "TutoringContract")
	Map<TutoringContract, StaffMember> consultant(List<TutoringContract> contracts) {
		return StaffBatch.of(this.directory, contracts, TutoringContract::consultantId);
	}

	@BatchMapping(typeName = "TutoringContract")
	Map<TutoringContract, StaffMember> learningManager(List<TutoringContract> contracts) {
		return StaffBatch.of(this.directory, contracts, TutoringContract::learningManagerId);
	}

}
