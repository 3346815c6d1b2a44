package org.jiaxiao.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
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
 * @param assignments classes taught, each from and until a day
 * @param staffNo staff number (工号), if the school recorded it
 * @param mobile mobile phone number, if recorded
 * @param version bumped by every directory edit (null: never edited)
 */
@Document("staff")
@CompoundIndex(name = "school_roles", def = "{'schoolId': 1, 'roles': 1}")
public record StaffMember(@Id String id, @Indexed(unique = true) String username, String displayName, String schoolId,
		Set<StaffRole> roles, List<Integer> gradesLed, List<TeachingAssignment> assignments, @Nullable String staffNo,
		@Nullable String mobile, @Nullable Long version) {

	private static final Set<StaffRole> NO_FAMILY_RECORDS = Set.of(StaffRole.ANALYST, StaffRole.SCHOOL_ADMIN);

	private static final Set<StaffRole> KEEP_DIRECTORY = Set.of(StaffRole.SCHOOL_ADMIN, StaffRole.PRINCIPAL,
			StaffRole.CAMPUS_DIRECTOR);

	@PersistenceCreator
	public StaffMember {
	}

	public StaffMember(String id, String username, String displayName, String schoolId, Set<StaffRole> roles,
			List<Integer> gradesLed, List<TeachingAssignment> assignments) {
		this(id, username, displayName, schoolId, roles, gradesLed, assignments, null, null, null);
	}

	/**
	 * The staff member as they stand on a day: only the assignments that count then, so
	 * the scope follows a new term's timetable from its first day.
	 */
	public StaffMember asOf(LocalDate day) {
		List<TeachingAssignment> current = this.assignments.stream()
			.filter((assignment) -> assignment.activeOn(day))
			.toList();
		if (current.size() == this.assignments.size()) {
			return this;
		}
		return new StaffMember(this.id, this.username, this.displayName, this.schoolId, this.roles, this.gradesLed,
				current, this.staffNo, this.mobile, this.version);
	}

	/**
	 * Whether they keep the directory of their school: the administrator, and the
	 * principal or campus director who may do all an administrator does.
	 */
	public boolean keepsDirectory() {
		return this.roles.stream().anyMatch(KEEP_DIRECTORY::contains);
	}

	public long currentVersion() {
		return (this.version != null) ? this.version : 0;
	}

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
