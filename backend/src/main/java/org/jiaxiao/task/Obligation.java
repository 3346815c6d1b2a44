package org.jiaxiao.task;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.SchemaEnum;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactForm;
import org.jiaxiao.timeline.ContactKind;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A task with a due time that a rule created from something that happened (an incident, a
 * follow-up agreed at a contact, a tutoring contract) or from the sweep (a focus student
 * before the winter break, a tutoring student's follow-up of the week). The unique index
 * on trigger and rule makes creating it idempotent: a retried request or a second sweep
 * finds it there. The students–state index serves the roster's open-task counts
 * ({@link OpenTaskCounts}) and the search for the tasks a new contact satisfies.
 *
 * @param id opaque id ({@code obl_…})
 * @param schoolId the school
 * @param rule the rule that created it
 * @param trigger what created it
 * @param ownerId the staff member who must act
 * @param studentIds the students concerned
 * @param classId the class of the first student (for overseers' lists)
 * @param grade that class's grade
 * @param title what to do, in words (zh-CN)
 * @param dueAt when it is due
 * @param satisfying which timeline entry satisfies it
 * @param state where it stands
 * @param createdAt when it was created
 * @param fulfilment the entry that satisfied it
 * @param waiver why and by whom it was set aside
 * @param remindedAt when the reminder before the deadline was created
 * @param overdueNoticeAt when the overdue notice was created
 * @param completion who marked it done by hand, when and with what note (rules
 * {@link ObligationRule#completedByHand() completed by hand})
 */
@Document("obligations")
@CompoundIndexes({ @CompoundIndex(name = "trigger_rule", def = "{'trigger.key': 1, 'rule': 1}", unique = true),
		@CompoundIndex(name = "owner_state_due", def = "{'ownerId': 1, 'state': 1, 'dueAt': 1}"),
		@CompoundIndex(name = "school_class_state_due", def = "{'schoolId': 1, 'classId': 1, 'state': 1, 'dueAt': 1}"),
		@CompoundIndex(name = "school_grade_state_due", def = "{'schoolId': 1, 'grade': 1, 'state': 1, 'dueAt': 1}"),
		@CompoundIndex(name = "state_due", def = "{'state': 1, 'dueAt': 1}"),
		@CompoundIndex(name = "students_state", def = "{'studentIds': 1, 'state': 1}"),
		@CompoundIndex(name = "fulfilment_contact", def = "{'fulfilment.contactId': 1}") })
public record Obligation(@Id String id, String schoolId, ObligationRule rule, Trigger trigger, String ownerId,
		List<String> studentIds, String classId, int grade, String title, Instant dueAt, Satisfying satisfying,
		ObligationState state, Instant createdAt, @Nullable Fulfilment fulfilment, @Nullable Waiver waiver,
		@Nullable Instant remindedAt, @Nullable Instant overdueNoticeAt, @Nullable Completion completion) {

	@PersistenceCreator
	public Obligation {
	}

	/** An obligation not completed by hand (every rule satisfied by a contact). */
	public Obligation(String id, String schoolId, ObligationRule rule, Trigger trigger, String ownerId,
			List<String> studentIds, String classId, int grade, String title, Instant dueAt, Satisfying satisfying,
			ObligationState state, Instant createdAt, @Nullable Fulfilment fulfilment, @Nullable Waiver waiver,
			@Nullable Instant remindedAt, @Nullable Instant overdueNoticeAt) {
		this(id, schoolId, rule, trigger, ownerId, studentIds, classId, grade, title, dueAt, satisfying, state,
				createdAt, fulfilment, waiver, remindedAt, overdueNoticeAt, null);
	}

	/** The incident an immediate visit answers. */
	public @Nullable String incidentId() {
		return this.satisfying.incidentId();
	}

	/** When the satisfying contact took place, or when it was marked done by hand. */
	public @Nullable Instant doneAt() {
		if (this.fulfilment != null) {
			return this.fulfilment.occurredAt();
		}
		return (this.completion != null) ? this.completion.at() : null;
	}

	/** Whether it was done by the due time; null until done. */
	public @Nullable Boolean doneOnTime() {
		if (this.fulfilment != null) {
			return this.fulfilment.onTime();
		}
		return (this.completion != null) ? !this.completion.at().isAfter(this.dueAt) : null;
	}

	/** Whether a person marks it done (no contact satisfies it). */
	public boolean completedByHand() {
		return this.rule.completedByHand();
	}

	/** Whether a contact satisfies this obligation. */
	public boolean satisfiedBy(Contact contact) {
		if (contact.retracted() || this.state.closed() || this.rule.completedByHand()
				|| contact.studentIds().stream().noneMatch(this.studentIds::contains)) {
			return false;
		}
		if (this.satisfying.incidentId() != null && this.satisfying.incidentId().equals(contact.answersIncidentId())) {
			return true;
		}
		return contact.occurredAt().isAfter(this.satisfying.after())
				&& (this.satisfying.before() == null || contact.occurredAt().isBefore(this.satisfying.before()))
				&& (this.satisfying.kinds() == null || this.satisfying.kinds().contains(contact.kind()))
				&& (this.satisfying.forms() == null || this.satisfying.forms().contains(contact.form()));
	}

	/** What created an obligation. */
	@SchemaEnum("ObligationTriggerKind")
	public enum TriggerKind {

		/** An incident on the timeline. */
		INCIDENT,
		/** A follow-up action of a contact. */
		CONTACT_FOLLOW_UP,
		/** The scheduled sweep. */
		SWEEP,
		/** A tutoring centre's contract with a family. */
		CONTRACT

	}

	/**
	 * What created an obligation.
	 *
	 * @param kind the kind of trigger
	 * @param key unique per trigger (with the rule): the incident's id, the contact's id
	 * and the follow-up's position, or the student and school year
	 * @param entryId the timeline entry that triggered it, if any
	 * @param at when the triggering thing happened
	 * @param description what happened, in words
	 * @param contractId the tutoring contract that triggered it, if any
	 */
	public record Trigger(TriggerKind kind, String key, @Nullable String entryId, Instant at, String description,
			@Nullable String contractId) {

		@PersistenceCreator
		public Trigger {
		}

		/** A trigger that is no contract. */
		public Trigger(TriggerKind kind, String key, @Nullable String entryId, Instant at, String description) {
			this(kind, key, entryId, at, description, null);
		}

	}

	/**
	 * Which contact satisfies an obligation: one for a student concerned, after a time
	 * (and before another, for a task of one week or fortnight), of the given kinds and
	 * forms (null: any) — or one answering the incident.
	 *
	 * @param after the contact must have occurred after this
	 * @param before and before this (null: any time after)
	 * @param kinds kinds that count (null: any)
	 * @param forms forms that count (null: any)
	 * @param incidentId a contact answering this incident counts whatever its kind
	 */
	public record Satisfying(Instant after, @Nullable Instant before, @Nullable List<ContactKind> kinds,
			@Nullable List<ContactForm> forms, @Nullable String incidentId) {

		@PersistenceCreator
		public Satisfying {
		}

		/** Any contact after a time. */
		public Satisfying(Instant after, @Nullable List<ContactKind> kinds, @Nullable List<ContactForm> forms,
				@Nullable String incidentId) {
			this(after, null, kinds, forms, incidentId);
		}

	}

	/**
	 * The contact that satisfied an obligation.
	 *
	 * @param contactId the contact
	 * @param occurredAt when it took place
	 * @param recordedAt when it was recorded
	 * @param onTime whether it took place by the due time
	 */
	public record Fulfilment(String contactId, Instant occurredAt, Instant recordedAt, boolean onTime) {
	}

	/**
	 * Why and by whom an obligation was set aside.
	 *
	 * @param reason why
	 * @param byId who
	 * @param at when
	 */
	public record Waiver(String reason, String byId, Instant at) {
	}

	/**
	 * Who marked an obligation done by hand, and what they wrote.
	 *
	 * @param note what was done (e.g. where the plan is filed)
	 * @param byId who
	 * @param at when
	 */
	public record Completion(String note, String byId, Instant at) {
	}

}
