package org.jiaxiao.directory;

import java.util.List;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A member of a school's staff as the directory knows them. Roles and teaching
 * assignments here, not claims in a token, decide what the person may see.
 *
 * @param id opaque id ({@code stf_…})
 * @param username the stable sign-in name at the identity provider
 * @param displayName name to show
 * @param schoolId the school they work at
 * @param roles roles given by the school
 * @param gradesLed grades led as grade leader (年级组长)
 * @param assignments classes taught
 */
@Document("staff")
@CompoundIndex(name = "school_roles", def = "{'schoolId': 1, 'roles': 1}")
public record StaffMember(@Id String id, @Indexed(unique = true) String username, String displayName, String schoolId,
		Set<StaffRole> roles, List<Integer> gradesLed, List<TeachingAssignment> assignments) {

	private static final Set<StaffRole> NO_FAMILY_RECORDS = Set.of(StaffRole.ANALYST, StaffRole.SCHOOL_ADMIN);

	public boolean hasRole(StaffRole role) {
		return this.roles.contains(role);
	}

	/**
	 * Analysts (anonymised figures) and school administrators (the directory) with no
	 * teaching or leading role: never a single family's records.
	 */
	public boolean seesNoFamilyRecords() {
		return !this.roles.isEmpty() && NO_FAMILY_RECORDS.containsAll(this.roles);
	}

	/** What this person may see, derived from roles and assignments alone. */
	public AccessScope scope() {
		return AccessScope.of(this);
	}

}
