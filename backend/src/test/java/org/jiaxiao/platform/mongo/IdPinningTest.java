package org.jiaxiao.platform.mongo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static com.mongodb.client.model.Updates.push;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded server with {@code _id} pinning answers exactly what the plain server
 * answers (lookups with a scope, guarded appends, lists), on both backends, and the H2
 * file stays readable by the plain backend.
 */
class IdPinningTest {

	private static final List<Bson> QUERIES = List.of(and(eq("_id", "s5"), eq("schoolId", "A")),
			and(eq("_id", "s5"), eq("schoolId", "B")),
			new Document("$and",
					List.of(new Document("_id", new Document("$in", List.of("s5", "s7", "s60"))),
							new Document("schoolId", "A").append("$or",
									List.of(new Document("classId", new Document("$in", List.of("c0"))))))),
			and(eq("_id", "s9"), ne("timeline._id", "t9")), and(eq("_id", "s9"), ne("timeline._id", "other")),
			and(regex("_id", "^s1"), eq("schoolId", "A")), eq("classId", "c1"), eq("_id", "s3"));

	@Test
	void pinsOnlyWhatTheIdIndexCanAnswer() {
		assertThat(IdPinning.pin(doc("{_id: 'a', schoolId: 'x'}"))).isEqualTo(doc("{_id: 'a'}"));
		assertThat(IdPinning.pin(doc("{$and: [{_id: {$in: ['a', 'b']}}, {schoolId: 'x'}]}")))
			.isEqualTo(doc("{_id: {$in: ['a', 'b']}}"));
		assertThat(IdPinning.pin(doc("{_id: {$ne: 'a'}, schoolId: 'x'}"))).isNull();
		assertThat(IdPinning.pin(doc("{$or: [{_id: 'a'}, {_id: 'b'}]}"))).isNull();
		assertThat(IdPinning.pin(doc("{classId: 'c'}"))).isNull();
	}

	@Test
	void leavesTheRestOfTheQueryToTestTheFoundDocumentsAgainst() {
		assertThat(IdPinning.rest(doc("{_id: 'a', schoolId: 'x'}"))).isEqualTo(doc("{schoolId: 'x'}"));
		assertThat(IdPinning.rest(doc("{$and: [{_id: {$in: ['a', 'b']}}, {schoolId: 'x'}]}")))
			.isEqualTo(doc("{$and: [{}, {schoolId: 'x'}]}"));
		assertThat(IdPinning.rest(doc("{$and: [{schoolId: 'x'}, {$and: [{_id: 'a'}, {classId: 'c'}]}]}")))
			.isEqualTo(doc("{$and: [{schoolId: 'x'}, {$and: [{}, {classId: 'c'}]}]}"));
		assertThat(IdPinning.rest(doc("{_id: {$ne: 'a'}, schoolId: 'x'}")))
			.isEqualTo(doc("{_id: {$ne: 'a'}, schoolId: 'x'}"));
	}

	@Test
	void memoryBackendAnswersAsThePlainOne() {
		assertThat(answers(IdPinnedMemoryBackend::new)).isEqualTo(answers(MemoryBackend::new));
	}

	@Test
	void h2BackendAnswersAsThePlainOneAndKeepsItsFileReadable(@TempDir Path dir) {
		String pinnedFile = dir.resolve("pinned.mv").toString();
		String plainFile = dir.resolve("plain.mv").toString();
		assertThat(answers(() -> new IdPinnedH2Backend(IdPinnedH2Backend.open(pinnedFile, CommitMode.PER_WRITE),
				CommitMode.PER_WRITE)))
			.isEqualTo(answers(() -> new H2Backend(plainFile)));
		List<String> reopened = withServer(() -> new H2Backend(pinnedFile), (students) -> {
			List<String> ids = new ArrayList<>();
			students.find(eq("schoolId", "A")).forEach((d) -> ids.add(d.getString("_id")));
			return ids;
		});
		assertThat(reopened).hasSize(100);
	}

	/** Each query's result, then the effect of two identical guarded appends. */
	private static List<Object> answers(Supplier<MongoBackend> backend) {
		return withServer(backend, (students) -> {
			List<Document> documents = new ArrayList<>();
			for (int i = 0; i < 100; i++) {
				documents.add(new Document("_id", "s" + i).append("schoolId", "A")
					.append("classId", "c" + (i / 10))
					.append("timeline", List.of(new Document("_id", "t" + i))));
			}
			students.insertMany(documents);
			List<Object> answers = new ArrayList<>();
			for (Bson query : QUERIES) {
				answers.add(students.find(query).into(new ArrayList<>()));
			}
			for (int i = 0; i < 2; i++) {
				answers.add(
						students
							.updateOne(and(eq("_id", "s4"), ne("timeline._id", "new")),
									push("timeline", new Document("_id", "new")))
							.getModifiedCount());
			}
			answers.add(students.find(eq("_id", "s4")).first());
			answers.add(students.countDocuments(and(in("_id", List.of("s1", "s2")), eq("classId", "c0"))));
			// Ids of which some are missing and some outside the rest of the query.
			answers.add(students.find(and(in("_id", List.of("s12", "s15", "s99", "gone")), eq("classId", "c1")))
				.into(new ArrayList<>()));
			return answers;
		});
	}

	private static <T> T withServer(Supplier<MongoBackend> backend, Function<MongoCollection<Document>, T> work) {
		MongoServer server = new MongoServer(backend.get());
		try {
			var address = server.bind();
			try (MongoClient client = MongoClients
				.create("mongodb://" + address.getHostString() + ":" + address.getPort() + "/?directConnection=true")) {
				return work.apply(client.getDatabase("test").getCollection("students"));
			}
		}
		finally {
			server.shutdown();
		}
	}

	private static de.bwaldvogel.mongo.bson.Document doc(String json) {
		return toServerDocument(Document.parse(json));
	}

	@SuppressWarnings("unchecked")
	private static de.bwaldvogel.mongo.bson.Document toServerDocument(Document document) {
		de.bwaldvogel.mongo.bson.Document converted = new de.bwaldvogel.mongo.bson.Document();
		document.forEach((key, value) -> converted.put(key, convert(value)));
		return converted;
	}

	private static Object convert(Object value) {
		if (value instanceof Document document) {
			return toServerDocument(document);
		}
		if (value instanceof List<?> list) {
			return list.stream().map(IdPinningTest::convert).toList();
		}
		return value;
	}

}
