package org.jiaxiao.timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;

/**
 * Who may change a record after it was written: its author within the editable window,
 * the principal and 德育处 at any time; nobody once it is withdrawn.
 */
final class EditPermission {

	private EditPermission() {
	}

	static Optional<UserError> check(StaffMember viewer, TimelineEntry entry, Duration window, Instant now) {
		if (entry.retracted()) {
			return Optional.of(UserError.of(UserErrorCode.NOT_ALLOWED, "contactId", "该记录已撤回，不能再修改。"));
		}
		if (viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool)) {
			return Optional.empty();
		}
		if (!viewer.id().equals(entry.authorId())) {
			return Optional.of(UserError.of(UserErrorCode.NOT_ALLOWED, "contactId", "只有记录人、校长或德育处可以修改该记录。"));
		}
		if (now.isAfter(entry.recordedAt().plus(window))) {
			return Optional.of(UserError.of(UserErrorCode.EDIT_WINDOW_CLOSED, "contactId",
					"记录已超过可修改期限（" + window.toDays() + " 天），请联系德育处。"));
		}
		return Optional.empty();
	}

}
