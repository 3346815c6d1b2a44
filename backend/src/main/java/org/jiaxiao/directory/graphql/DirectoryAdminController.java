package org.jiaxiao.directory.graphql;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.StudentStatus;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.directory.admin.ClassEdits;
import org.jiaxiao.directory.admin.DirectoryReads;
import org.jiaxiao.directory.admin.Edit;
import org.jiaxiao.directory.admin.HouseholdEdits;
import org.jiaxiao.directory.admin.Inputs.MoveStudentInput;
import org.jiaxiao.directory.admin.Inputs.SaveClassInput;
import org.jiaxiao.directory.admin.Inputs.SaveHouseholdInput;
import org.jiaxiao.directory.admin.Inputs.SaveStaffMemberInput;
import org.jiaxiao.directory.admin.Inputs.SaveStudentInput;
import org.jiaxiao.directory.admin.Inputs.SetStudentStatusInput;
import org.jiaxiao.directory.admin.StaffEdits;
import org.jiaxiao.directory.admin.StudentEdits;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.paging.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The directory as its keeper reads and edits it. Every field and mutation checks that
 * the caller keeps the directory (FORBIDDEN otherwise) and reads their own school only.
 */
@Controller
class DirectoryAdminController {

	private final DirectoryReads reads;

	private final StudentEdits students;

	private final HouseholdEdits households;

	private final ClassEdits classes;

	private final StaffEdits staff;

	DirectoryAdminController(DirectoryReads reads, StudentEdits students, HouseholdEdits households, ClassEdits classes,
			StaffEdits staff) {
		this.reads = reads;
		this.students = students;
		this.households = households;
		this.classes = classes;
		this.staff = staff;
	}

	@QueryMapping
	SchoolDirectory directory(Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		// Refused here already, so a denied caller gets one FORBIDDEN, not one per field.
		this.reads.classes(viewer);
		return new SchoolDirectory(viewer);
	}

	@SchemaMapping(typeName = "SchoolDirectory")
	List<SchoolClass> classes(SchoolDirectory directory) {
		return this.reads.classes(directory.viewer());
	}

	@SchemaMapping(typeName = "SchoolDirectory", field = "staff")
	List<StaffMember> staffList(SchoolDirectory directory, @Argument @Nullable String search) {
		return this.reads.staff(directory.viewer(), search);
	}

	@SchemaMapping(typeName = "SchoolDirectory", field = "students")
	Connection<Student> studentPage(SchoolDirectory directory, @Argument @Nullable String classId,
			@Argument @Nullable StudentStatus status, @Argument @Nullable String search,
			@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.reads.students(directory.viewer(), classId, status, search, first, after);
	}

	@SchemaMapping(typeName = "SchoolDirectory", field = "student")
	@Nullable Student oneStudent(SchoolDirectory directory, @Argument String id) {
		return this.reads.student(directory.viewer(), id).orElse(null);
	}

	@SchemaMapping(typeName = "SchoolDirectory", field = "staffMember")
	@Nullable StaffMember oneStaffMember(SchoolDirectory directory, @Argument String id) {
		return this.reads.staffMember(directory.viewer(), id).orElse(null);
	}

	@SchemaMapping(typeName = "DirectoryStudent", field = "class")
	@Nullable SchoolClass studentClass(Student student, Principal principal) {
		return this.reads.schoolClass(Viewers.require(principal), student.classId()).orElse(null);
	}

	@SchemaMapping(typeName = "DirectoryStudent", field = "household")
	@Nullable Household studentHousehold(Student student, Principal principal) {
		return this.reads.household(Viewers.require(principal), student.householdId()).orElse(null);
	}

	@SchemaMapping(typeName = "DirectoryStudent", field = "status")
	StudentStatus status(Student student) {
		return student.currentStatus();
	}

	@SchemaMapping(typeName = "DirectoryStudent", field = "version")
	long studentVersion(Student student) {
		return student.currentVersion();
	}

	@SchemaMapping(typeName = "DirectoryHousehold", field = "version")
	long householdVersion(Household household) {
		return household.currentVersion();
	}

	@SchemaMapping(typeName = "DirectoryClass", field = "version")
	long classVersion(SchoolClass schoolClass) {
		return schoolClass.currentVersion();
	}

	@SchemaMapping(typeName = "DirectoryClass", field = "homeroomTeacher")
	@Nullable StaffMember homeroomTeacher(SchoolClass schoolClass, Principal principal) {
		String id = schoolClass.homeroomTeacherId();
		return (id != null) ? this.reads.staffMember(Viewers.require(principal), id).orElse(null) : null;
	}

	@SchemaMapping(typeName = "DirectoryStaffMember", field = "version")
	long staffVersion(StaffMember member) {
		return member.currentVersion();
	}

	@SchemaMapping(typeName = "TeachingAssignment", field = "class")
	@Nullable SchoolClass assignmentClass(TeachingAssignment assignment, Principal principal) {
		return this.reads.schoolClass(Viewers.require(principal), assignment.classId()).orElse(null);
	}

	@MutationMapping
	StudentPayload saveStudent(@Argument SaveStudentInput input, Principal principal) {
		return StudentPayload.of(this.students.save(Viewers.require(principal), input));
	}

	@MutationMapping
	StudentPayload moveStudent(@Argument MoveStudentInput input, Principal principal) {
		return StudentPayload.of(this.students.move(Viewers.require(principal), input));
	}

	@MutationMapping
	StudentPayload setStudentStatus(@Argument SetStudentStatusInput input, Principal principal) {
		return StudentPayload.of(this.students.setStatus(Viewers.require(principal), input));
	}

	@MutationMapping
	HouseholdPayload saveHousehold(@Argument SaveHouseholdInput input, Principal principal) {
		Edit<Household> edit = this.households.save(Viewers.require(principal), input);
		return new HouseholdPayload(edit.record(), edit.errors());
	}

	@MutationMapping
	ClassPayload saveClass(@Argument SaveClassInput input, Principal principal) {
		Edit<SchoolClass> edit = this.classes.save(Viewers.require(principal), input);
		return new ClassPayload(edit.record(), edit.errors());
	}

	@SchemaMapping(typeName = "DirectoryClassPayload", field = "class")
	@Nullable SchoolClass payloadClass(ClassPayload payload) {
		return payload.schoolClass();
	}

	@MutationMapping
	StaffPayload saveStaffMember(@Argument SaveStaffMemberInput input, Principal principal) {
		Edit<StaffMember> edit = this.staff.save(Viewers.require(principal), input);
		return new StaffPayload(edit.record(), edit.errors());
	}

	/**
	 * The directory of the caller's school.
	 *
	 * @param viewer its keeper
	 */
	record SchoolDirectory(StaffMember viewer) {
	}

	record StudentPayload(@Nullable Student student, List<UserError> errors) {

		static StudentPayload of(Edit<Student> edit) {
			return new StudentPayload(edit.record(), edit.errors());
		}

	}

	record HouseholdPayload(@Nullable Household household, List<UserError> errors) {
	}

	/**
	 * The result of {@code saveClass}; {@code class} is the schema's field name.
	 */
	record ClassPayload(@Nullable SchoolClass schoolClass, List<UserError> errors) {
	}

	record StaffPayload(@Nullable StaffMember staffMember, List<UserError> errors) {
	}

}
