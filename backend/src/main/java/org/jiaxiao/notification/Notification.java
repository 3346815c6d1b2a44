package org.jiaxiao.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An in-app notification for a staff member about one of their tasks or an escalation
 * step they own. At most one of each kind per obligation (unique index), so the sweep may
 * run any number of times; a notice about an escalation step holds, in the same field, a
 * key naming the escalation, the step and the recipient, so the same index keeps it to
 * one per person.
 *
 * @param id opaque id ({@code ntf_…})
 * @param schoolId the school
 * @param recipientId who is notified
 * @param obligationId the task, or the escalation notice's key
 * @param kind reminder or overdue
 * @param title what it is about (zh-CN)
 * @param dueAt the task's due time
 * @param createdAt when it was created
 * @param readAt when the recipient marked it read
 * @param escalationId the escalation a notice is about (null for tasks)
 */
@Document("notifications")
@CompoundIndexes({ @CompoundIndex(name = "obligation_kind", def = "{'obligationId': 1, 'kind': 1}", unique = true),
		@CompoundIndex(name = "recipient_created", def = "{'recipientId': 1, 'createdAt': -1, '_id': -1}"),
		@CompoundIndex(name = "recipient_unread", def = "{'recipientId': 1, 'readAt': 1}") })
public record Notification(@Id String id, String schoolId, String recipientId, String obligationId,
		NotificationKind kind, String title, Instant dueAt, Instant createdAt, @Nullable Instant readAt,
		@Nullable String escalationId) {

	public boolean read() {
		return this.readAt != null;
	}

}
