package org.jiaxiao.platform.mongo;

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
 * student. The documents found by {@code _id} are still matched against the whole query,
 * so results are the same; only the scan goes.
 */
final class IdPinning {

	private static final String ID = "_id";

	private static final String IN = "$in";

	private static final String AND = "$and";

	private IdPinning() {
	}

	/**
	 * Positions of the documents the query can match, from the {@code _id} index; null
	 * when the query does not pin {@code _id} (or only pins it, which the server
	 * handles).
	 */
	static <P> @Nullable Iterable<P> positions(List<Index<P>> indexes, Document query) {
		if (query.size() == 1 && query.containsKey(ID)) {
			return null;
		}
		Document pin = pin(query);
		if (pin == null) {
			return null;
		}
		for (Index<P> index : indexes) {
			if (index.canHandle(pin)) {
				return index.getPositions(pin);
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

}
