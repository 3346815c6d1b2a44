package org.jiaxiao.directory.graphql;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.ForbiddenException;

import org.springframework.security.core.Authentication;

/**
 * The staff member behind a request. A token the identity provider signed for someone the
 * directory does not know yields no staff member: such a caller sees nothing.
 */
public final class Viewers {

	private Viewers() {
	}

	public static @Nullable StaffMember of(@Nullable Principal principal) {
		if (principal instanceof Authentication authentication
				&& authentication.getPrincipal() instanceof StaffMember staff) {
			return staff;
		}
		return null;
	}

	/**
	 * A member of the school's staff who works with families: anyone in the directory but
	 * an analyst, whose place is the anonymised {@code analytics} alone, and a school
	 * administrator, who keeps the directory.
	 */
	public static StaffMember requireSchoolStaff(@Nullable Principal principal) {
		StaffMember staff = require(principal);
		if (staff.seesNoFamilyRecords()) {
			throw new ForbiddenException(
					"Analysts see anonymised figures only, under analytics; administrators keep the directory.");
		}
		return staff;
	}

	public static StaffMember require(@Nullable Principal principal) {
		StaffMember staff = of(principal);
		if (staff == null) {
			throw new ForbiddenException("You are not in the school directory.");
		}
		return staff;
	}

}
