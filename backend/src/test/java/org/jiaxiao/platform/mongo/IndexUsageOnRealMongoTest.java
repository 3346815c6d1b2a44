package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * On a real MongoDB (the hosted CI's Testcontainers replica set, MongoDB 7.0 and 8.0):
 * every index the code declares exists, and every read the screens send is served by an
 * index. The screens are every query of the authorization matrix as every role, plus the
 * SPA's roster, timeline, household timeline and contacts list documents; the app's own
 * commands are captured by a driver listener and sent back as {@code explain}. A winning
 * plan with a {@code COLLSCAN} stage fails. Reads without a filter (whole small
 * collections by design) are not explained. Skipped on the embedded server, which has
 * neither {@code explain} nor secondary indexes.
 */
@DisplayName("Index use by explain on a real MongoDB (skipped on the embedded server: no explain there)")
@DisabledIf(value = "org.jiaxiao.support.MongoBackend#embedded",
		disabledReason = "the embedded mongo-java-server has no explain and ignores secondary indexes")
@Import(IndexUsageOnRealMongoTest.CaptureReads.class)
class IndexUsageOnRealMongoTest extends ApiTest {

	private static final String FEATURES = "../frontend/src/features/";

	/** Indexes made in code next to their query, not by a mapping annotation. */
	private static final Map<String, Set<String>> INDEXES_IN_CODE = Map.of("students",
			Set.of("school_timeline_author_occurred", "school_timeline_occurredAt"));

	private static final Set<String> ROLES = Set.of("principal", "deyu", "grade-leader", "homeroom", "subject",
			"analyst");

	/** Fields a command carries for the connection, which explain refuses or ignores. */
	private static final Set<String> TRANSPORT_FIELDS = Set.of("lsid", "txnNumber", "autocommit", "startTransaction",
			"readConcern", "writeConcern", "apiVersion", "apiStrict", "apiDeprecationErrors");

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private MongoMappingContext mappingContext;

	@Autowired
	private Reads reads;

	@Test
	void everyDeclaredIndexExists() {
		Map<String, Set<String>> declared = new LinkedHashMap<>();
		IndexResolver resolver = IndexResolver.create(this.mappingContext);
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner
			.addIncludeFilter(new AnnotationTypeFilter(org.springframework.data.mongodb.core.mapping.Document.class));
		for (var candidate : scanner.findCandidateComponents("org.jiaxiao")) {
			Class<?> type = load(candidate.getBeanClassName());
			String collection = this.mappingContext.getRequiredPersistentEntity(type).getCollection();
			for (IndexDefinition index : resolver.resolveIndexFor(type)) {
				declared.computeIfAbsent(collection, (name) -> new TreeSet<>()).add(keys(index.getIndexKeys()));
			}
		}
		assertThat(declared).as("indexes declared by mapping annotations").containsKeys("students", "audit_events");
		for (var entry : declared.entrySet()) {
			List<String> existing = new ArrayList<>();
			this.mongo.getCollection(entry.getKey()).listIndexes().forEach((index) -> {
				existing.add(keys(index.get("key", Document.class)));
			});
			assertThat(existing).as("indexes of %s", entry.getKey()).containsAll(entry.getValue());
		}
		for (var entry : INDEXES_IN_CODE.entrySet()) {
			List<String> names = new ArrayList<>();
			this.mongo.getCollection(entry.getKey())
				.listIndexes()
				.forEach((index) -> names.add(index.getString("name")));
			assertThat(names).as("indexes of %s", entry.getKey()).containsAll(entry.getValue());
		}
	}

	@Test
	void everyScreenReadUsesAnIndex() throws IOException {
		var principal = as("principal");
		String student = studentsOf(principal, CLASS_1_1).get(7);
		String household = principal.documentName("student")
			.variable("id", student)
			.execute()
			.path("student.household.id")
			.entity(String.class)
			.get();
		recordContact(student);
		String escalation = principal.documentName("matrix/Mutation.openEscalation")
			.variable("studentId", student)
			.execute()
			.path("result.escalation.id")
			.entity(String.class)
			.get();
		this.reads.clear();
		for (String role : ROLES) {
			HttpGraphQlTester viewer = as(role);
			for (String operation : matrixQueries()) {
				viewer.documentName("matrix/" + operation)
					.variable("studentId", student)
					.variable("classId", CLASS_1_1)
					.variable("householdId", household)
					.variable("escalationId", escalation)
					.execute();
			}
			spa(viewer, "classes/api/classRoster.graphql", "ClassRoster", Map.of("id", CLASS_1_1, "first", 50));
			spa(viewer, "timeline/api/timeline.graphql", "StudentTimeline", Map.of("id", student, "first", 20));
			spa(viewer, "timeline/api/householdTimeline.graphql", "HouseholdTimeline",
					Map.of("id", household, "first", 20));
			spa(viewer, "contacts/api/contactsList.graphql", "ContactsList",
					Map.of("filter", Map.of("grade", 1), "first", 20));
		}
		List<BsonDocument> captured = this.reads.filtered(this.mongo.getDb().getName());
		assertThat(captured).as("reads captured from the screens").hasSizeGreaterThan(20);
		List<String> scans = new ArrayList<>();
		for (BsonDocument command : captured) {
			Document plan = this.mongo
				.executeCommand(new Document("explain", forExplain(command)).append("verbosity", "queryPlanner"));
			List<String> stages = new ArrayList<>();
			winningStages(plan.toBsonDocument(), stages);
			if (stages.contains("COLLSCAN")) {
				scans.add(command.toJson());
			}
		}
		assertThat(scans).as("reads whose winning plan scans a whole collection").isEmpty();
	}

	private void recordContact(String student) {
		as("homeroom").documentName("matrix/Mutation.recordContact")
			.variable("studentId", student)
			.variable("occurredAt", OffsetDateTime.now().minusMinutes(30).toString())
			.execute()
			.path("result.errors")
			.entityList(Object.class)
			.hasSize(0);
	}

	private static void spa(HttpGraphQlTester viewer, String file, String operation, Map<String, Object> variables)
			throws IOException {
		viewer.document(Files.readString(Path.of(FEATURES + file), StandardCharsets.UTF_8))
			.operationName(operation)
			.variables(variables)
			.execute();
	}

	private static List<String> matrixQueries() throws IOException {
		try (InputStream in = new ClassPathResource("authorization-matrix.csv").getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> line.startsWith("Query."))
				.map((line) -> line.split(",")[0])
				.toList();
		}
	}

	/** The command as sent, less the fields that belong to the connection. */
	private static BsonDocument forExplain(BsonDocument command) {
		BsonDocument copy = new BsonDocument();
		command.forEach((name, value) -> {
			if (!name.startsWith("$") && !TRANSPORT_FIELDS.contains(name)) {
				copy.append(name, value);
			}
		});
		return copy;
	}

	/** Stage names of the winning plans, wherever explain nests them. */
	private static void winningStages(BsonValue value, List<String> stages) {
		if (value.isDocument()) {
			for (var entry : value.asDocument().entrySet()) {
				if (entry.getKey().equals("rejectedPlans")) {
					continue;
				}
				if (entry.getKey().equals("stage") && entry.getValue().isString()) {
					stages.add(entry.getValue().asString().getValue());
				}
				winningStages(entry.getValue(), stages);
			}
		}
		else if (value.isArray()) {
			value.asArray().forEach((element) -> winningStages(element, stages));
		}
	}

	/**
	 * An index's keys as text, e.g. {@code schoolId:1,at:-1}, whatever their number type.
	 */
	private static String keys(Document keys) {
		List<String> parts = new ArrayList<>();
		keys.forEach((field, direction) -> parts
			.add(field + ":" + ((direction instanceof Number number) ? String.valueOf(number.intValue()) : direction)));
		return String.join(",", parts);
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The app's reads, copied as sent. */
	static final class Reads implements CommandListener {

		private static final Set<String> READS = Set.of("find", "aggregate", "count", "distinct");

		private final List<BsonDocument> sent = new CopyOnWriteArrayList<>();

		@Override
		public void commandStarted(CommandStartedEvent event) {
			if (READS.contains(event.getCommandName())) {
				this.sent.add(event.getCommand().clone().append("$db", new BsonString(event.getDatabaseName())));
			}
		}

		void clear() {
			this.sent.clear();
		}

		/**
		 * The reads that name a filter: a read without one takes the whole collection by
		 * design, and a pipeline that writes is not a screen's read.
		 */
		List<BsonDocument> filtered(String database) {
			return this.sent.stream()
				.filter((command) -> command.getString("$db").getValue().equals(database))
				.filter(Reads::filters)
				.toList();
		}

		private static boolean filters(BsonDocument command) {
			return switch (command.getFirstKey()) {
				case "find" -> !command.getDocument("filter", new BsonDocument()).isEmpty();
				case "count", "distinct" -> !command.getDocument("query", new BsonDocument()).isEmpty();
				case "aggregate" -> {
					BsonArray pipeline = command.getArray("pipeline", new BsonArray());
					boolean writes = pipeline.stream()
						.anyMatch((stage) -> stage.asDocument().containsKey("$out")
								|| stage.asDocument().containsKey("$merge"));
					yield !writes && !pipeline.isEmpty() && pipeline.get(0).asDocument().containsKey("$match")
							&& !pipeline.get(0).asDocument().getDocument("$match").isEmpty();
				}
				default -> false;
			};
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class CaptureReads {

		@Bean
		Reads reads() {
			return new Reads();
		}

		@Bean
		MongoClientSettingsBuilderCustomizer captureReads(Reads reads) {
			return (settings) -> settings.addCommandListener(reads);
		}

	}

}
