package org.jiaxiao.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.Ids;
import org.jiaxiao.platform.graphql.BadRequestException;
import org.jiaxiao.platform.graphql.UserError;
import org.jiaxiao.platform.graphql.UserErrorCode;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.platform.paging.Cursors;
import org.jiaxiao.platform.paging.PageInfo;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** A staff member's in-app notifications, newest first; only their own. */
@Service
public class NotificationService {

	private static final String CURSOR = "notifications";

	private final MongoTemplate mongo;

	private final Clock clock;

	NotificationService(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	public NotificationConnection list(StaffMember viewer, boolean unreadOnly, @Nullable Integer first,
			@Nullable String after) {
		int size = Cursors.pageSize(first);
		Criteria mine = where("recipientId").is(viewer.id());
		if (unreadOnly) {
			mine = mine.and("readAt").is(null);
		}
		List<String> position = Cursors.decode(CURSOR, after, 2);
		Criteria paged = mine;
		if (!position.isEmpty()) {
			Instant at = Instant.ofEpochMilli(millis(position.get(0)));
			paged = new Criteria().andOperator(mine, new Criteria().orOperator(where("createdAt").lt(at),
					where("createdAt").is(at).and("_id").lt(position.get(1))));
		}
		Query query = Query.query(paged)
			.with(Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("_id")))
			.limit(size + 1);
		List<Notification> rows = this.mongo.find(query, Notification.class);
		long unread = this.mongo.count(Query.query(where("recipientId").is(viewer.id()).and("readAt").is(null)),
				Notification.class);
		return new NotificationConnection(
				Connection.forward(rows, size,
						(row) -> Cursors.encode(CURSOR, String.valueOf(row.createdAt().toEpochMilli()), row.id())),
				unread);
	}

	public MarkReadResult markRead(StaffMember viewer, String id) {
		Query mine = Query.query(where("_id").is(id).and("recipientId").is(viewer.id()));
		this.mongo.updateFirst(
				Query.query(where("_id").is(id).and("recipientId").is(viewer.id()).and("readAt").is(null)),
				new Update().set("readAt", this.clock.instant()), Notification.class);
		Notification found = this.mongo.findOne(mine, Notification.class);
		if (found == null) {
			return new MarkReadResult(null, List.of(UserError.of(UserErrorCode.NOT_FOUND, "id", "找不到该通知。")));
		}
		return new MarkReadResult(found, List.of());
	}

	/**
	 * Creates the notification of a kind for a task once.
	 * @param schoolId the task's school
	 * @param recipientId the task's owner
	 * @param obligationId the task
	 * @param title the task's title (zh-CN)
	 * @param dueAt the task's due time
	 * @param kind why
	 * @param now when
	 * @return whether it was created now
	 */
	public boolean notifyOnce(String schoolId, String recipientId, String obligationId, String title, Instant dueAt,
			NotificationKind kind, Instant now) {
		String prefix = (kind == NotificationKind.OVERDUE) ? "已逾期：" : "即将到期：";
		try {
			this.mongo.insert(new Notification(Ids.newId("ntf"), schoolId, recipientId, obligationId, kind,
					prefix + title, dueAt, now, null, null));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/**
	 * Notifies a staff member once about a step of an escalation (overdue, for one).
	 * @param schoolId the school
	 * @param recipientId who is notified
	 * @param escalationId the escalation
	 * @param stepKey the step
	 * @param kind why
	 * @param title what it is about (zh-CN)
	 * @param dueAt the step's due time
	 * @param now when
	 * @return whether it was created now (false: this person was already notified)
	 */
	public boolean notifyAboutEscalation(String schoolId, String recipientId, String escalationId, String stepKey,
			NotificationKind kind, String title, Instant dueAt, Instant now) {
		String key = escalationId + "/" + stepKey + "/" + recipientId;
		try {
			this.mongo.insert(new Notification(Ids.newId("ntf"), schoolId, recipientId, key, kind, title, dueAt, now,
					null, escalationId));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private static long millis(String value) {
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new BadRequestException("The cursor is not valid for this list.");
		}
	}

	/**
	 * A page of notifications and the number unread.
	 *
	 * @param connection the page
	 * @param unreadCount the recipient's unread notifications in all
	 */
	public record NotificationConnection(Connection<Notification> connection, long unreadCount) {

		public List<Connection.Edge<Notification>> edges() {
			return this.connection.edges();
		}

		public PageInfo pageInfo() {
			return this.connection.pageInfo();
		}

	}

	/**
	 * The outcome of marking read.
	 *
	 * @param notification the notification, null when not found
	 * @param errors why it failed
	 */
	public record MarkReadResult(@Nullable Notification notification, List<UserError> errors) {
	}

}
