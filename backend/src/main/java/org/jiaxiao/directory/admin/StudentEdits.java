package org.jiaxiao.directory.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.StudentStatus;
import org.jiaxiao.directory.admin.Inputs.MoveStudentInput;
import org.jiaxiao.directory.admin.Inputs.SaveStudentInput;
import org.jiaxiao.directory.admin.Inputs.SetStudentStatusInput;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.FieldChange;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A student's directory record: adding and editing, moving to another class, leaving and
 * returning. The timeline lives in the same document and is never touched, so it follows
 * the student to the new class and is still there when a leaver returns.
 */
@Service
public class StudentEdits {

	private final MongoTemplate mongo;

	private final DirectoryReads reads;

	private final EditSupport support;

	StudentEdits(MongoTemplate mongo, DirectoryReads reads, EditSupport support) {
		this.mongo = mongo;
		this.reads = reads;
		this.support = support;
	}

	public Edit<Student> save(StaffMember viewer, SaveStudentInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.number("studentNo", input.studentNo(), true);
		checks.name("name", input.name());
		if (input.gender() == null) {
			checks.add(UserErrorCode.REQUIRED, "gender", "请选择性别。");
		}
		checks.birthDate(input.dateOfBirth(), this.support.today(viewer));
		if (!checks.failed() && this.reads.studentNoTaken(viewer.schoolId(), input.studentNo().strip(), input.id())) {
			checks.errors().add(studentNoTaken());
		}
		if (input.id() == null) {
			return add(viewer, input, checks);
		}
		Optional<Student> found = this.reads.student(viewer, input.id());
		if (found.isEmpty()) {
			checks.errors().add(EditSupport.notFound("id"));
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		Student before = found.get();
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, before::id);
		if (claimed.error() != null || claimed.replay()) {
			return replay(viewer, before.id(), claimed.error());
		}
		long expected = (input.expectedVersion() != null) ? input.expectedVersion() : -1;
		Update update = new Update().set("studentNo", input.studentNo().strip())
			.set("name", input.name().strip())
			.set("gender", input.gender())
			.set("dateOfBirth", input.dateOfBirth())
			.set("version", before.currentVersion() + 1);
		Student after;
		try {
			after = this.mongo.findAndModify(Query.query(EditSupport.atVersion(before.id(), expected)), update,
					FindAndModifyOptions.options().returnNew(true), Student.class);
		}
		catch (DuplicateKeyException ex) {
			return Edit.refused(List.of(studentNoTaken()));
		}
		if (after == null) {
			return Edit.refused(List.of(EditSupport.conflict()));
		}
		this.support.stored(viewer, "saveStudent",
				Arrays.asList(FieldChange.of("studentNo", before.studentNo(), after.studentNo()),
						FieldChange.of("name", before.name(), after.name()),
						FieldChange.of("gender", before.gender(), after.gender()),
						FieldChange.of("dateOfBirth", before.dateOfBirth(), after.dateOfBirth())),
				List.of(after.id()), List.of(after.householdId()), Map.of(after.id(), List.of(after.classId())));
		return Edit.done(after);
	}

	private Edit<Student> add(StaffMember viewer, SaveStudentInput input, DirectoryChecks checks) {
		Optional<SchoolClass> schoolClass = Optional.empty();
		if (input.classId() == null) {
			checks.add(UserErrorCode.REQUIRED, "classId", "请选择班级。");
		}
		else {
			schoolClass = this.reads.schoolClass(viewer, input.classId());
			if (schoolClass.isEmpty()) {
				checks.errors().add(EditSupport.notFound("classId"));
			}
		}
		if (input.householdId() != null && this.reads.household(viewer, input.householdId()).isEmpty()) {
			checks.errors().add(EditSupport.notFound("householdId"));
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, () -> Ids.newId("stu"));
		if (claimed.error() != null || claimed.replay()) {
			return replay(viewer, claimed.id(), claimed.error());
		}
		String householdId = input.householdId();
		if (householdId == null) {
			// A new family: its guardians are added next, on the household.
			householdId = Ids.newId("hh");
			this.mongo.insert(new Household(householdId, viewer.schoolId(), List.of(), null, null, null));
		}
		SchoolClass target = schoolClass.get();
		Student student = new Student(claimed.id(), viewer.schoolId(), target.id(), target.grade(),
				input.studentNo().strip(), input.name().strip(), input.gender(), householdId, null, null, null,
				input.dateOfBirth(), null, null, 1L);
		try {
			this.mongo.insert(student);
		}
		catch (DuplicateKeyException ex) {
			Optional<Student> stored = this.reads.student(viewer, claimed.id());
			return stored.isPresent() ? Edit.done(stored.get()) : Edit.refused(List.of(studentNoTaken()));
		}
		this.support.stored(viewer, "saveStudent",
				Arrays.asList(FieldChange.of("studentNo", null, student.studentNo()),
						FieldChange.of("name", null, student.name()), FieldChange.of("gender", null, student.gender()),
						FieldChange.of("dateOfBirth", null, student.dateOfBirth()),
						FieldChange.of("class", null, target.name())),
				List.of(student.id()), List.of(householdId), Map.of(student.id(), List.of(target.id())));
		return Edit.done(student);
	}

	/**
	 * Moves a student to another class from a day. Their teachers follow the stored
	 * class: the new class's teachers see the student, history included, and the old
	 * class's lose them.
	 */
	public Edit<Student> move(StaffMember viewer, MoveStudentInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.effectiveDay(input.on(), this.support.today(viewer));
		Optional<Student> found = this.reads.student(viewer, input.studentId());
		Optional<SchoolClass> target = this.reads.schoolClass(viewer, input.classId());
		if (found.isEmpty()) {
			checks.errors().add(EditSupport.notFound("studentId"));
		}
		if (target.isEmpty()) {
			checks.errors().add(EditSupport.notFound("classId"));
		}
		if (found.isPresent() && target.isPresent()) {
			if (found.get().classId().equals(target.get().id())) {
				checks.add(UserErrorCode.NOT_ALLOWED, "classId", "该学生已在这个班级。");
			}
			if (found.get().currentStatus() != StudentStatus.ACTIVE) {
				checks.add(UserErrorCode.NOT_ALLOWED, "studentId", "该学生已离校，请先恢复在籍再调班。");
			}
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		Student before = found.get();
		SchoolClass to = target.get();
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, before::id);
		if (claimed.error() != null || claimed.replay()) {
			return replay(viewer, before.id(), claimed.error());
		}
		Update update = new Update().set("classId", to.id())
			.set("grade", to.grade())
			.set("movedOn", input.on())
			.set("version", before.currentVersion() + 1);
		Student after = this.mongo.findAndModify(
				Query.query(EditSupport.atVersion(before.id(), input.expectedVersion())), update,
				FindAndModifyOptions.options().returnNew(true), Student.class);
		if (after == null) {
			return Edit.refused(List.of(EditSupport.conflict()));
		}
		String fromName = this.reads.schoolClass(viewer, before.classId()).map(SchoolClass::name).orElse(null);
		this.support.stored(viewer, "moveStudent",
				Arrays.asList(FieldChange.of("class", fromName, to.name()),
						FieldChange.of("movedOn", null, input.on())),
				List.of(after.id()), List.of(after.householdId()),
				Map.of(after.id(), List.of(before.classId(), to.id())));
		return Edit.done(after);
	}

	/**
	 * Marks a student as left (transferred, graduated, suspended) or back on the rolls.
	 * The record and timeline stay; a leaver is out of rosters, quotas and coverage.
	 */
	public Edit<Student> setStatus(StaffMember viewer, SetStudentStatusInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.effectiveDay(input.on(), this.support.today(viewer));
		Optional<Student> found = this.reads.student(viewer, input.studentId());
		if (found.isEmpty()) {
			checks.errors().add(EditSupport.notFound("studentId"));
		}
		else {
			checks.transition(found.get().currentStatus(), input.status());
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		Student before = found.get();
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, before::id);
		if (claimed.error() != null || claimed.replay()) {
			return replay(viewer, before.id(), claimed.error());
		}
		boolean returning = input.status() == StudentStatus.ACTIVE;
		Update update = returning ? new Update().unset("status").unset("leftOn").set("returnedOn", input.on())
				: new Update().set("status", input.status()).set("leftOn", input.on());
		update.set("version", before.currentVersion() + 1);
		Student after = this.mongo.findAndModify(
				Query.query(EditSupport.atVersion(before.id(), input.expectedVersion())), update,
				FindAndModifyOptions.options().returnNew(true), Student.class);
		if (after == null) {
			return Edit.refused(List.of(EditSupport.conflict()));
		}
		this.support.stored(viewer, "setStudentStatus",
				Arrays.asList(FieldChange.of("status", before.currentStatus(), after.currentStatus()),
						FieldChange.of(returning ? "returnedOn" : "leftOn", returning ? null : before.leftOn(),
								input.on())),
				List.of(after.id()), List.of(after.householdId()), Map.of(after.id(), List.of(after.classId())));
		return Edit.done(after);
	}

	private Edit<Student> replay(StaffMember viewer, String id, @Nullable UserError error) {
		if (error != null) {
			return Edit.refused(List.of(error));
		}
		return this.reads.student(viewer, id)
			.map(Edit::done)
			.orElseGet(() -> Edit.refused(List.of(EditSupport.notFound("id"))));
	}

	private static UserError studentNoTaken() {
		return UserError.of(UserErrorCode.ALREADY_TAKEN, "studentNo", "本校已有学生使用该学籍号。");
	}

}
