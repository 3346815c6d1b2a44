package org.jiaxiao.timeline.graphql;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingFieldSelectionSet;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.TimelineEntry;

/**
 * The students a page of contacts names, read once for the page before its entries are
 * answered (when the page asks for them), so each contact lists its students from the
 * request instead of through a DataLoader, whose pending value per entry made
 * graphql-java complete the whole page asynchronously (measured in {@code bench/}). A
 * contact met elsewhere (an incident's answer, a single entry) still goes through the
 * loader. Either way only the students the caller may see are listed.
 */
final class PageStudents {

	private static final String FIELD = "edges/node/students";

	/** Students looked up in this request, by id; the visible ones. */
	private static final String ASKED = PageStudents.class.getName() + ".asked";

	private static final String VISIBLE = PageStudents.class.getName() + ".visible";

	private PageStudents() {
	}

	static <T extends TimelineEntry> Connection<T> prefetch(DirectoryService directory, StaffMember viewer,
			Connection<T> page, DataFetchingFieldSelectionSet selection, GraphQLContext context) {
		if (!selection.contains(FIELD)) {
			return page;
		}
		Set<String> ids = page.edges()
			.stream()
			.map(Connection.Edge::node)
			.filter(Contact.class::isInstance)
			.flatMap((entry) -> ((Contact) entry).studentIds().stream())
			.collect(Collectors.toSet());
		if (ids.isEmpty()) {
			return page;
		}
		Map<String, Student> visible = directory.visibleStudents(viewer, ids)
			.stream()
			.collect(Collectors.toMap(Student::id, Function.identity()));
		Set<String> asked = context.computeIfAbsent(ASKED, (key) -> ConcurrentHashMap.newKeySet());
		Map<String, Student> known = context.computeIfAbsent(VISIBLE, (key) -> new ConcurrentHashMap<>());
		known.putAll(visible);
		asked.addAll(ids);
		return page;
	}

	/** The contact's visible students: from the page when it was read, else loaded. */
	static Object of(Contact contact, GraphQLContext context, DataLoader<String, Student> loader) {
		Set<String> asked = context.get(ASKED);
		if (asked != null && asked.containsAll(contact.studentIds())) {
			Map<String, Student> known = context.get(VISIBLE);
			return visibleOf(contact.studentIds(), known::get);
		}
		return loader.loadMany(contact.studentIds()).thenApply((students) -> visibleOf(students, (s) -> s));
	}

	private static <T> List<Student> visibleOf(Collection<T> items, Function<T, @Nullable Student> student) {
		return items.stream().map(student).filter(Objects::nonNull).map(Student.class::cast).toList();
	}

}
