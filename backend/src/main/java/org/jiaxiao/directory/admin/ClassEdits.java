package org.jiaxiao.directory.admin;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.admin.Inputs.SaveClassInput;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.FieldChange;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A class's grade, name and homeroom teacher. Who may see the class's students follows
 * the teachers' assignments, not this field: the homeroom teacher shown here is a label.
 */
@Service
public class ClassEdits {

	private final MongoTemplate mongo;

	private final DirectoryReads reads;

	private final EditSupport support;

	ClassEdits(MongoTemplate mongo, DirectoryReads reads, EditSupport support) {
		this.mongo = mongo;
		this.reads = reads;
		this.support = support;
	}

	public Edit<SchoolClass> save(StaffMember viewer, SaveClassInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.grade("grade", input.grade());
		checks.name("name", input.name());
		String homeroomId = DirectoryChecks.clean(input.homeroomTeacherId());
		if (homeroomId != null && this.reads.staffMember(viewer, homeroomId).isEmpty()) {
			checks.errors().add(EditSupport.notFound("homeroomTeacherId"));
		}
		Optional<SchoolClass> found = Optional.empty();
		if (input.id() != null) {
			found = this.reads.schoolClass(viewer, input.id());
			if (found.isEmpty()) {
				checks.errors().add(EditSupport.notFound("id"));
			}
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		String newId = (input.id() != null) ? input.id() : Ids.newId("cls");
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, () -> newId);
		if (claimed.error() != null) {
			return Edit.refused(List.of(claimed.error()));
		}
		if (claimed.replay()) {
			return this.reads.schoolClass(viewer, claimed.id())
				.map(Edit::done)
				.orElseGet(() -> Edit.refused(List.of(EditSupport.notFound("id"))));
		}
		if (found.isEmpty()) {
			SchoolClass created = new SchoolClass(claimed.id(), viewer.schoolId(), input.grade(), input.name().strip(),
					homeroomId, 1L);
			this.mongo.insert(created);
			this.support.stored(viewer, "saveClass",
					Arrays.asList(FieldChange.of("grade", null, created.grade()),
							FieldChange.of("name", null, created.name()),
							FieldChange.of("homeroomTeacherId", null, homeroomId)),
					List.of(), List.of(), Map.of());
			return Edit.done(created);
		}
		SchoolClass before = found.get();
		long expected = (input.expectedVersion() != null) ? input.expectedVersion() : -1;
		Update update = new Update().set("grade", input.grade())
			.set("name", input.name().strip())
			.set("homeroomTeacherId", homeroomId)
			.set("version", before.currentVersion() + 1);
		SchoolClass after = this.mongo.findAndModify(Query.query(EditSupport.atVersion(before.id(), expected)), update,
				FindAndModifyOptions.options().returnNew(true), SchoolClass.class);
		if (after == null) {
			return Edit.refused(List.of(EditSupport.conflict()));
		}
		if (after.grade() != before.grade()) {
			// Students carry their class's grade, for grade-wide scopes.
			this.mongo.updateMulti(
					Query.query(org.springframework.data.mongodb.core.query.Criteria.where("classId").is(after.id())),
					new Update().set("grade", after.grade()), "students");
		}
		this.support.stored(viewer, "saveClass",
				Arrays.asList(FieldChange.of("grade", before.grade(), after.grade()),
						FieldChange.of("name", before.name(), after.name()),
						FieldChange.of("homeroomTeacherId", before.homeroomTeacherId(), after.homeroomTeacherId())),
				List.of(), List.of(), Map.of());
		return Edit.done(after);
	}

}
