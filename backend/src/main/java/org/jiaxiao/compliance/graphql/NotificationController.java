package org.jiaxiao.compliance.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.compliance.Notification;
import org.jiaxiao.compliance.NotificationService;
import org.jiaxiao.compliance.NotificationService.MarkReadResult;
import org.jiaxiao.compliance.NotificationService.NotificationConnection;
import org.jiaxiao.compliance.Obligation;
import org.jiaxiao.compliance.ObligationService;
import org.jiaxiao.directory.graphql.Viewers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The caller's in-app notifications. */
@Controller
class NotificationController {

	private final NotificationService notifications;

	private final ObligationService obligations;

	NotificationController(NotificationService notifications, ObligationService obligations) {
		this.notifications = notifications;
		this.obligations = obligations;
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

	@BatchMapping(typeName = "Notification")
	Map<Notification, Obligation> obligation(List<Notification> items, Principal principal) {
		Map<String, Obligation> visible = this.obligations
			.visible(Viewers.requireSchoolStaff(principal),
					items.stream().map(Notification::obligationId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Obligation::id, Function.identity()));
		return items.stream()
			.filter((item) -> visible.containsKey(item.obligationId()))
			.collect(Collectors.toMap(Function.identity(), (item) -> visible.get(item.obligationId()), (a, b) -> a));
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
