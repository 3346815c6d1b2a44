package org.jiaxiao.task.graphql;

import java.security.Principal;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.task.Obligation;
import org.jiaxiao.task.ObligationService.ObligationConnection;
import org.jiaxiao.task.ObligationService.ObligationResult;
import org.jiaxiao.task.ObligationService.WaiveResult;
import org.jiaxiao.task.ObligationService;
import org.jiaxiao.task.ObligationState;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.TimelineEntry;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Tasks in the graph: the caller's own, an overseer's list, waiving; the fields that read
 * other collections are batched (a page costs one query per field).
 */
@Controller
class ObligationController {

	private final ObligationService obligations;

	private final DirectoryService directory;

	private final TimelineService timeline;

	ObligationController(ObligationService obligations, DirectoryService directory, TimelineService timeline) {
		this.obligations = obligations;
		this.directory = directory;
		this.timeline = timeline;
	}

	@QueryMapping
	ObligationConnection myTasks(@Argument @Nullable MyTasksFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		MyTasksFilter conditions = (filter != null) ? filter : new MyTasksFilter(null, null);
		return this.obligations.myTasks(Viewers.require(principal), conditions.state(), conditions.dueBefore(), first,
				after);
	}

	@QueryMapping
	ObligationConnection obligations(@Argument @Nullable ObligationsFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		ObligationsFilter conditions = (filter != null) ? filter : new ObligationsFilter(null, null);
		return this.obligations.overseen(Viewers.require(principal), conditions.classId(), conditions.state(), first,
				after);
	}

	@MutationMapping
	WaiveResult waiveObligation(@Argument WaiveObligationInput input, Principal principal) {
		return this.obligations.waive(Viewers.require(principal), input.id(), input.reason(), input.idempotencyKey());
	}

	@MutationMapping
	ObligationResult completeObligation(@Argument CompleteObligationInput input, Principal principal) {
		return this.obligations.complete(Viewers.require(principal), input.obligationId(), input.note(),
				input.idempotencyKey());
	}

	@BatchMapping(typeName = "Obligation", field = "owner")
	Map<Obligation, StaffMember> owner(List<Obligation> tasks) {
		return StaffBatch.of(this.directory, tasks, Obligation::ownerId);
	}

	@BatchMapping(typeName = "Waiver", field = "by")
	Map<Obligation.Waiver, StaffMember> waivedBy(List<Obligation.Waiver> waivers) {
		return StaffBatch.of(this.directory, waivers, Obligation.Waiver::byId);
	}

	@BatchMapping(typeName = "ObligationCompletion", field = "by")
	Map<Obligation.Completion, StaffMember> completedBy(List<Obligation.Completion> completions) {
		return StaffBatch.of(this.directory, completions, Obligation.Completion::byId);
	}

	/** Only the students the caller may see. */
	@BatchMapping(typeName = "Obligation")
	Map<Obligation, List<Student>> students(List<Obligation> tasks, Principal principal) {
		Set<String> ids = tasks.stream().flatMap((task) -> task.studentIds().stream()).collect(Collectors.toSet());
		Map<String, Student> visible = this.directory.visibleStudents(Viewers.require(principal), ids)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		return tasks.stream()
			.collect(Collectors.toMap(Function.identity(),
					(task) -> task.studentIds().stream().filter(visible::containsKey).map(visible::get).toList(),
					(a, b) -> a));
	}

	@BatchMapping(typeName = "Obligation", field = "class")
	Map<Obligation, SchoolClass> schoolClass(List<Obligation> tasks, Principal principal) {
		Map<String, SchoolClass> visible = this.directory.visibleClasses(Viewers.require(principal))
			.stream()
			.collect(Collectors.toMap(SchoolClass::id, Function.identity()));
		return tasks.stream()
			.filter((task) -> visible.containsKey(task.classId()))
			.collect(Collectors.toMap(Function.identity(), (task) -> visible.get(task.classId()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Obligation")
	Map<Obligation, Contact> satisfiedBy(List<Obligation> tasks, Principal principal) {
		Collection<String> ids = tasks.stream()
			.map((task) -> (task.fulfilment() != null) ? task.fulfilment().contactId() : null)
			.filter(Objects::nonNull)
			.map(String.class::cast)
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<String, TimelineEntry> entries = this.timeline.entries(Viewers.require(principal), ids);
		return tasks.stream()
			.filter((task) -> task.fulfilment() != null
					&& entries.get(task.fulfilment().contactId()) instanceof Contact)
			.collect(Collectors.toMap(Function.identity(),
					(task) -> (Contact) entries.get(task.fulfilment().contactId()), (a, b) -> a));
	}

	/**
	 * Narrows the caller's tasks.
	 *
	 * @param state only these states
	 * @param dueBefore only those due before
	 */
	record MyTasksFilter(@Nullable List<ObligationState> state, @Nullable OffsetDateTime dueBefore) {
	}

	/**
	 * Narrows an overseer's list.
	 *
	 * @param classId one class
	 * @param state only these states
	 */
	record ObligationsFilter(@Nullable String classId, @Nullable List<ObligationState> state) {
	}

	/**
	 * A task to mark done by hand.
	 *
	 * @param obligationId the task
	 * @param note what was done
	 * @param idempotencyKey retry key
	 */
	record CompleteObligationInput(String obligationId, @Nullable String note, @Nullable String idempotencyKey) {
	}

	/**
	 * A task to set aside.
	 *
	 * @param id the task
	 * @param reason why
	 * @param idempotencyKey retry key
	 */
	record WaiveObligationInput(String id, @Nullable String reason, @Nullable String idempotencyKey) {
	}

}
