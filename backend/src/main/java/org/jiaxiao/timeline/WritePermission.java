package org.jiaxiao.timeline;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.ForbiddenException;

/** Who may write to timelines at all: staff with students in scope, never an analyst. */
final class WritePermission {

	private WritePermission() {
	}

	static void require(StaffMember viewer) {
		if (viewer.scope().isEmpty() || viewer.seesNoFamilyRecords()) {
			throw new ForbiddenException("Your role may not write records.");
		}
	}

}
