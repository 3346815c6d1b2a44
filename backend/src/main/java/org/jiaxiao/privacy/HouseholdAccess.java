package org.jiaxiao.privacy;

import java.util.List;
import java.util.Optional;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

import org.springframework.stereotype.Component;

/**
 * Who may act on a household's privacy records: someone who sees one of its children and
 * may see that child's sensitive information (the same rule as the privacy policy).
 */
@Component
class HouseholdAccess {

	private final DirectoryService directory;

	HouseholdAccess(DirectoryService directory) {
		this.directory = directory;
	}

	/** The household and the children the viewer sees, or why not. */
	Optional<UserError> check(StaffMember viewer, String householdId) {
		if (viewer.seesNoFamilyRecords()) {
			throw new ForbiddenException("Analysts never act on a single family.");
		}
		List<Student> children = this.directory.visibleStudentsOfHouseholds(viewer, List.of(householdId));
		if (children.isEmpty()) {
			return Optional.of(UserError.of(UserErrorCode.NOT_FOUND, "householdId", "找不到该家庭，或您无权查看。"));
		}
		if (children.stream().noneMatch((child) -> PrivacyPolicy.maySeeSensitive(viewer, child))) {
			return Optional.of(UserError.of(UserErrorCode.NOT_ALLOWED, "householdId", "您的角色不能处理该家庭的授权记录。"));
		}
		return Optional.empty();
	}

	Household household(String householdId) {
		return this.directory.householdsByIds(List.of(householdId)).get(0);
	}

	List<Student> children(StaffMember viewer, String householdId) {
		return this.directory.visibleStudentsOfHouseholds(viewer, List.of(householdId));
	}

}
