package org.jiaxiao.platform.mongo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import org.jspecify.annotations.Nullable;

/**
 * Lets the embedded server use its {@code _id} index when a query pins {@code _id} among
 * other conditions. mongo-java-server uses an index only for a query made of exactly the
 * index's keys, so the app's usual lookups ({@code {$and: [{_id: …}, scope]}}, the
 * timeline's guarded append {@code {_id: …, "timeline._id": {$ne: …}}}) scanned every
 * student. The documents found by {@code _id} are still matched against the rest of the
 * query, so results are the same; only the scan goes.
 */
final class IdPinning {

	private static final String ID = "_id";

	private static final String IN = "$in";

	private static final String AND = "$and";

	private IdPinning() {
	}

	/**
	 * The documents the query can match, from the {@code _id} index, and what is left to
	 * test them against; null when the query does not pin {@code _id} (or only pins it,
	 * which the server handles).
	 */
	static <P> @Nullable Pinned<P> pinned(List<Index<P>> indexes, Document query) {
		if (query.size() == 1 && query.containsKey(ID)) {
			return null;
		}
		Document pin = pin(query);
		if (pin == null) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (index.canHandle(pin)) {
				return new Pinned<>(index.getPositions(pin), rest(query));
			}
		}
		return null;
	}

	/**
	 * {@code {_id: value}} when the query requires {@code _id} to equal a value (or one
	 * of a list), at its top level or inside a top-level {@code $and}.
	 */
	static @Nullable Document pin(Document query) {
		Object id = query.get(ID);
		if (query.containsKey(ID) && pinnable(id)) {
			return new Document(ID, id);
		}
		if (query.get(AND) instanceof List<?> parts) {
			for (Object part : parts) {
				if (part instanceof Document condition) {
					Document pin = pin(condition);
					if (pin != null) {
						return pin;
					}
				}
			}
		}
		return null;
	}

	/**
	 * The query without the condition {@link #pin} found. The index found exactly the
	 * documents with those ids, so testing each again against a list of hundreds of ids
	 * (a report's not-visited pages) only repeats it, once per id.
	 */
	static Document rest(Document query) {
		if (query.containsKey(ID) && pinnable(query.get(ID))) {
			Document rest = query.clone();
			rest.remove(ID);
			return rest;
		}
		if (query.get(AND) instanceof List<?> parts) {
			List<Object> restParts = new ArrayList<>(parts);
			for (int i = 0; i < restParts.size(); i++) {
				if (restParts.get(i) instanceof Document condition && pin(condition) != null) {
					restParts.set(i, rest(condition));
					break;
				}
			}
			Document rest = query.clone();
			rest.put(AND, restParts);
			return rest;
		}
		return query;
	}

	private static boolean pinnable(@Nullable Object value) {
		if (value instanceof Document operator) {
			return operator.size() == 1 && operator.get(IN) instanceof Collection<?> values
					&& values.stream().allMatch(IdPinning::scalar);
		}
		return scalar(value);
	}

	private static boolean scalar(@Nullable Object value) {
		return value != null && !(value instanceof Document) && !(value instanceof Collection<?>)
				&& !(value instanceof Pattern) && !(value instanceof BsonRegularExpression);
	}

	/**
	 * Where to look and what to test there.
	 *
	 * @param positions the documents with the pinned ids
	 * @param rest the rest of the query, which each of them must also match
	 */
	record Pinned<P>(Iterable<P> positions, Document rest) {
	}

}
