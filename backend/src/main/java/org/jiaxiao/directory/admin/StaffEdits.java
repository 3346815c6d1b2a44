package org.jiaxiao.directory.admin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.TeachingAssignment;
import org.jiaxiao.directory.admin.Inputs.AssignmentInput;
import org.jiaxiao.directory.admin.Inputs.SaveStaffMemberInput;
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

/**
 * A staff member's directory record: 工号, name, mobile, sign-in name, roles, grades led
 * and the classes taught, each from and until a day. What they may see is derived from
 * these assignments on the day of each request.
 */
@Service
public class StaffEdits {

	private final MongoTemplate mongo;

	private final DirectoryReads reads;

	private final EditSupport support;

	StaffEdits(MongoTemplate mongo, DirectoryReads reads, EditSupport support) {
		this.mongo = mongo;
		this.reads = reads;
		this.support = support;
	}

	public Edit<StaffMember> save(StaffMember viewer, SaveStaffMemberInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.number("staffNo", input.staffNo(), false);
		checks.username("username", input.username());
		checks.name("displayName", input.displayName());
		checks.mobile("mobile", input.mobile());
		if (input.roles().isEmpty()) {
			checks.add(UserErrorCode.REQUIRED, "roles", "请至少选择一个角色。");
		}
		List<Integer> gradesLed = (input.gradesLed() != null) ? input.gradesLed() : List.of();
		gradesLed.forEach((grade) -> checks.grade("gradesLed", grade));
		List<AssignmentInput> assignments = (input.assignments() != null) ? input.assignments() : List.of();
		for (int i = 0; i < assignments.size(); i++) {
			AssignmentInput assignment = assignments.get(i);
			String field = "assignments." + i;
			if (this.reads.schoolClass(viewer, assignment.classId()).isEmpty()) {
				checks.errors().add(EditSupport.notFound(field + ".classId"));
			}
			if (assignment.subject() == null || assignment.subject().isBlank()) {
				checks.add(UserErrorCode.REQUIRED, field + ".subject", "请填写任教科目。");
			}
			checks.period(field + ".until", assignment.from(), assignment.until());
		}
		Optional<StaffMember> found = Optional.empty();
		if (input.id() != null) {
			found = this.reads.staffMember(viewer, input.id());
			if (found.isEmpty()) {
				checks.errors().add(EditSupport.notFound("id"));
			}
		}
		if (!checks.failed() && this.reads.usernameTaken(input.username().strip(), input.id())) {
			checks.errors().add(usernameTaken());
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		String newId = (input.id() != null) ? input.id() : Ids.newId("stf");
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, () -> newId);
		if (claimed.error() != null) {
			return Edit.refused(List.of(claimed.error()));
		}
		if (claimed.replay()) {
			return this.reads.staffMember(viewer, claimed.id())
				.map(Edit::done)
				.orElseGet(() -> Edit.refused(List.of(EditSupport.notFound("id"))));
		}
		Set<StaffRole> roles = Set.copyOf(new LinkedHashSet<>(input.roles()));
		List<TeachingAssignment> taught = new ArrayList<>();
		assignments.forEach((assignment) -> taught.add(new TeachingAssignment(assignment.classId(),
				assignment.subject().strip(), assignment.homeroom(), assignment.from(), assignment.until())));
		String staffNo = DirectoryChecks.clean(input.staffNo());
		String mobile = DirectoryChecks.clean(input.mobile());
		StaffMember before = found.orElse(null);
		StaffMember after;
		try {
			if (before == null) {
				after = new StaffMember(claimed.id(), input.username().strip(), input.displayName().strip(),
						viewer.schoolId(), roles, List.copyOf(gradesLed), taught, staffNo, mobile, 1L);
				this.mongo.insert(after);
			}
			else {
				long expected = (input.expectedVersion() != null) ? input.expectedVersion() : -1;
				Update update = new Update().set("username", input.username().strip())
					.set("displayName", input.displayName().strip())
					.set("roles", roles)
					.set("gradesLed", List.copyOf(gradesLed))
					.set("assignments", taught)
					.set("staffNo", staffNo)
					.set("mobile", mobile)
					.set("version", before.currentVersion() + 1);
				after = this.mongo.findAndModify(Query.query(EditSupport.atVersion(before.id(), expected)), update,
						FindAndModifyOptions.options().returnNew(true), StaffMember.class);
				if (after == null) {
					return Edit.refused(List.of(EditSupport.conflict()));
				}
			}
		}
		catch (DuplicateKeyException ex) {
			return Edit.refused(List.of(usernameTaken()));
		}
		this.support.stored(viewer, "saveStaffMember", changes(before, after), List.of(), List.of(), Map.of());
		return Edit.done(after);
	}

	private static List<FieldChange> changes(StaffMember before, StaffMember after) {
		boolean added = before == null;
		return Arrays.asList(FieldChange.of("username", added ? null : before.username(), after.username()),
				FieldChange.of("displayName", added ? null : before.displayName(), after.displayName()),
				FieldChange.of("staffNo", added ? null : before.staffNo(), after.staffNo()),
				FieldChange.of("mobile", added ? null : before.mobile(), after.mobile()),
				FieldChange.of("roles", added ? null : sorted(before.roles()), sorted(after.roles())),
				FieldChange.of("gradesLed", added ? null : before.gradesLed(), after.gradesLed()), FieldChange
					.of("assignments", added ? null : describe(before.assignments()), describe(after.assignments())));
	}

	private static List<String> sorted(Set<StaffRole> roles) {
		return roles.stream().map(Enum::name).sorted().toList();
	}

	/** Assignments as text for the audit trail: class, subject, homeroom, dates. */
	private static String describe(List<TeachingAssignment> assignments) {
		List<String> parts = new ArrayList<>();
		for (TeachingAssignment assignment : assignments) {
			parts.add(assignment.classId() + " " + assignment.subject() + (assignment.homeroom() ? " 班主任" : "") + " "
					+ ((assignment.from() != null) ? assignment.from() : "") + "~"
					+ ((assignment.until() != null) ? assignment.until() : ""));
		}
		return String.join("; ", parts);
	}

	private static UserError usernameTaken() {
		return UserError.of(UserErrorCode.ALREADY_TAKEN, "username", "该登录名已被使用。");
	}

}
