package org.jiaxiao.timeline.graphql;

import java.util.Objects;
import java.util.function.Function;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.dataloader.DataLoader;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.graphql.DirectoryLoaders;
import org.jiaxiao.directory.graphql.RowFields;
import org.jiaxiao.timeline.Amendment;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.EscalationUpdate;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.Note;
import org.jiaxiao.timeline.Retraction;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The fields every entry of a timeline page shows, as {@link RowFields}: who wrote it (or
 * withdrew or amended it), from the directory's kept staff, and a contact's students,
 * read with the page ({@link PageStudents}). Where neither has them, a DataLoader batches
 * them.
 */
@Component
class TimelineRowFields implements RuntimeWiringConfigurer {

	private final DirectoryService directory;

	TimelineRowFields(DirectoryService directory) {
		this.directory = directory;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Contact", (type) -> type.dataFetcher("author", staff(Contact.class, Contact::authorId))
			.dataFetcher("students", RowFields.of(TimelineRowFields::students)));
		wiring.type("Incident", (type) -> type.dataFetcher("author", staff(Incident.class, Incident::authorId)));
		wiring.type("Note", (type) -> type.dataFetcher("author", staff(Note.class, Note::authorId)));
		wiring.type("EscalationUpdate",
				(type) -> type.dataFetcher("author", staff(EscalationUpdate.class, EscalationUpdate::authorId)));
		wiring.type("Retraction", (type) -> type.dataFetcher("by", staff(Retraction.class, Retraction::byId)));
		wiring.type("Amendment", (type) -> type.dataFetcher("by", staff(Amendment.class, Amendment::byId)));
	}

	private <S> DataFetcher<Object> staff(Class<S> sourceType, Function<S, @Nullable String> staffId) {
		return RowFields.of((environment) -> DirectoryLoaders.staff(this.directory,
				staffId.apply(sourceType.cast(environment.getSource())), loader(environment, DirectoryLoaders.STAFF)));
	}

	/** Only the students the caller may see: a sibling in another class stays hidden. */
	private static Object students(DataFetchingEnvironment environment) {
		return PageStudents.of(environment.getSource(), environment.getGraphQlContext(),
				loader(environment, DirectoryLoaders.VISIBLE_STUDENTS));
	}

	private static <V> DataLoader<String, V> loader(DataFetchingEnvironment environment, String name) {
		DataLoader<String, V> loader = environment.getDataLoader(name);
		return Objects.requireNonNull(loader, name);
	}

}
