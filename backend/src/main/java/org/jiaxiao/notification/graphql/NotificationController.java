package org.jiaxiao.notification.graphql;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.notification.Notification;
import org.jiaxiao.notification.NotificationService.MarkReadResult;
import org.jiaxiao.notification.NotificationService.NotificationConnection;
import org.jiaxiao.notification.NotificationService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The caller's in-app notifications. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	NotificationController(NotificationService notifications) {
		this.notifications = notifications;
	}

	@QueryMapping
	NotificationConnection notifications(@Argument @Nullable Boolean unreadOnly, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		return this.notifications.list(Viewers.requireSchoolStaff(principal), Boolean.TRUE.equals(unreadOnly), first,
				after);
	}

	@MutationMapping
	MarkReadResult markNotificationRead(@Argument MarkNotificationReadInput input, Principal principal) {
		return this.notifications.markRead(Viewers.requireSchoolStaff(principal), input.id());
	}

	/**
	 * A notification to mark read.
	 *
	 * @param id the notification
	 * @param idempotencyKey accepted; marking is idempotent
	 */
	record MarkNotificationReadInput(String id, @Nullable String idempotencyKey) {
	}

}
