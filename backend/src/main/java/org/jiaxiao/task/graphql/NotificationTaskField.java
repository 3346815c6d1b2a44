package org.jiaxiao.task.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.notification.Notification;
import org.jiaxiao.task.Obligation;
import org.jiaxiao.task.ObligationService;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * The task a notification is about, when the caller may still see it. Here rather than
 * with the notifications, which know a task only by its id.
 */
@Controller
class NotificationTaskField {

	private final ObligationService obligations;

	NotificationTaskField(ObligationService obligations) {
		this.obligations = obligations;
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

}
