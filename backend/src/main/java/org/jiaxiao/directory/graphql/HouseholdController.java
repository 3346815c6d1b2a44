package org.jiaxiao.directory.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.FamilySituation;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.audit.AuditTrail;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import static org.jiaxiao.directory.graphql.SchoolClassController.ids;

/**
 * A household's sensitive parts: the family situation, shown only to those who may see it
 * for one of the household's children they see, and guardians' phone numbers, masked for
 * roles that do not phone families.
 */
@Controller
class HouseholdController {

	private final DirectoryService directory;

	HouseholdController(DirectoryService directory) {
		this.directory = directory;
	}

	@BatchMapping(typeName = "Household")
	Map<Household, FamilySituation> situation(List<Household> households, Principal principal, GraphQLContext context) {
		StaffMember viewer = Viewers.require(principal);
		Set<String> allowed = householdsWithSensitiveAccess(viewer, households);
		AuditTrail trail = AuditTrail.of(context);
		return households.stream()
			.filter((household) -> household.situation() != null && allowed.contains(household.id()))
			.peek((household) -> trail.read(viewer.id(), viewer.schoolId(), "Household." + PrivacyPolicy.SITUATION,
					null, household.id()))
			.collect(Collectors.toMap(Function.identity(), Household::situation));
	}

	@BatchMapping(typeName = "Household")
	Map<Household, List<String>> maskedFields(List<Household> households, Principal principal) {
		Set<String> allowed = householdsWithSensitiveAccess(Viewers.require(principal), households);
		return households.stream()
			.collect(Collectors.toMap(Function.identity(),
					(household) -> allowed.contains(household.id()) ? List.of() : List.of(PrivacyPolicy.SITUATION)));
	}

	@SchemaMapping(typeName = "Guardian")
	@Nullable String phone(Guardian guardian, Principal principal) {
		if (guardian.phone() == null || PrivacyPolicy.maySeeFullPhone(Viewers.require(principal))) {
			return guardian.phone();
		}
		return PrivacyPolicy.maskPhone(guardian.phone());
	}

	private Set<String> householdsWithSensitiveAccess(StaffMember viewer, List<Household> households) {
		List<Student> children = this.directory.visibleStudentsOfHouseholds(viewer, ids(households, Household::id));
		return children.stream()
			.filter((child) -> PrivacyPolicy.maySeeSensitive(viewer, child))
			.map(Student::householdId)
			.collect(Collectors.toSet());
	}

}
