package org.jiaxiao.directory.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.admin.Inputs.GuardianInput;
import org.jiaxiao.directory.admin.Inputs.SaveHouseholdInput;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.audit.FieldChange;
import org.jiaxiao.platform.graphql.UserErrorCode;

import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * A household's address and guardians (name, relation, mobile). The family situation and
 * consents are not the administrator's to change and stay as they are.
 */
@Service
public class HouseholdEdits {

	private final MongoTemplate mongo;

	private final DirectoryReads reads;

	private final EditSupport support;

	HouseholdEdits(MongoTemplate mongo, DirectoryReads reads, EditSupport support) {
		this.mongo = mongo;
		this.reads = reads;
		this.support = support;
	}

	public Edit<Household> save(StaffMember viewer, SaveHouseholdInput input) {
		EditSupport.requireKeeper(viewer);
		DirectoryChecks checks = new DirectoryChecks();
		checks.address(input.address());
		checks.guardianCount(input.guardians().size());
		for (int i = 0; i < input.guardians().size(); i++) {
			GuardianInput guardian = input.guardians().get(i);
			checks.name("guardians." + i + ".name", guardian.name());
			checks.mobile("guardians." + i + ".phone", guardian.phone());
		}
		Optional<Household> found = this.reads.household(viewer, input.id());
		if (found.isEmpty()) {
			checks.errors().add(EditSupport.notFound("id"));
		}
		else {
			for (int i = 0; i < input.guardians().size(); i++) {
				String id = input.guardians().get(i).id();
				if (id != null && found.get().guardian(id).isEmpty()) {
					checks.add(UserErrorCode.UNKNOWN_GUARDIAN, "guardians." + i + ".id", "该家庭没有这位监护人。");
				}
			}
		}
		if (checks.failed()) {
			return Edit.refused(checks.errors());
		}
		Household before = found.get();
		var claimed = this.support.claim(viewer, input.idempotencyKey(), input, before::id);
		if (claimed.error() != null) {
			return Edit.refused(List.of(claimed.error()));
		}
		if (claimed.replay()) {
			return Edit.done(this.reads.household(viewer, before.id()).orElse(before));
		}
		List<Guardian> guardians = new ArrayList<>();
		for (GuardianInput guardian : input.guardians()) {
			ContactChannel channel = (guardian.preferredChannel() != null) ? guardian.preferredChannel()
					: ContactChannel.PHONE;
			String id = (guardian.id() != null) ? guardian.id() : Ids.newId("gdn");
			guardians.add(new Guardian(id, guardian.name().strip(), guardian.relation(),
					DirectoryChecks.clean(guardian.phone()), channel));
		}
		Update update = new Update().set("address", DirectoryChecks.clean(input.address()))
			.set("guardians", guardians)
			.set("version", before.currentVersion() + 1);
		Household after = this.mongo.findAndModify(
				Query.query(EditSupport.atVersion(before.id(), input.expectedVersion())), update,
				FindAndModifyOptions.options().returnNew(true), Household.class);
		if (after == null) {
			return Edit.refused(List.of(EditSupport.conflict()));
		}
		List<Student> children = this.reads.studentsOfHousehold(viewer, after.id());
		Map<String, List<String>> studentClasses = new LinkedHashMap<>();
		children.forEach((child) -> studentClasses.put(child.id(), List.of(child.classId())));
		this.support.stored(viewer, "saveHousehold", changes(before, after),
				children.stream().map(Student::id).toList(), List.of(after.id()), studentClasses);
		return Edit.done(after);
	}

	/** The address, and each guardian's name, relation and mobile, before and after. */
	private static List<FieldChange> changes(Household before, Household after) {
		List<FieldChange> changes = new ArrayList<>();
		changes.add(FieldChange.of("address", before.address(), after.address()));
		for (Guardian now : after.guardians()) {
			Optional<Guardian> was = before.guardian(now.id());
			String prefix = "guardian." + now.id() + ".";
			changes.add(FieldChange.of(prefix + "name", was.map(Guardian::name).orElse(null), now.name()));
			changes.add(FieldChange.of(prefix + "relation", was.map(Guardian::relation).orElse(null), now.relation()));
			changes.add(FieldChange.of(prefix + "phone", was.map(Guardian::phone).orElse(null), now.phone()));
		}
		for (Guardian was : before.guardians()) {
			if (after.guardian(was.id()).isEmpty()) {
				changes.add(FieldChange.of("guardian." + was.id() + ".name", was.name(), null));
			}
		}
		return changes;
	}

}
