package org.jiaxiao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.platform.idempotency.IdempotencyKeys;
import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.SchemaSamples;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile and broken requests: each gets a clear, classified error — never a 500, never a
 * stack trace — and the database is exactly as it was.
 */
class BadInputCorpusTest extends ApiTest {

	private static final String RECORD = "mutation($i: RecordContactInput!) { recordContact(input: $i) { errors { code } } }";

	private static final JsonMapper JSON = new JsonMapper();

	@Autowired
	private MongoTemplate mongo;

	static Stream<Arguments> corpus() {
		List<Arguments> cases = new ArrayList<>();
		cases.add(Arguments.of("not JSON", "{\"query\": ", 400, null));
		cases.add(Arguments.of("empty body", "", 400, null));
		cases.add(Arguments.of("batch of operations",
				"[{\"query\":\"{ viewer { id } }\"},{\"query\":\"{ viewer { id } }\"}]", 400, null));
		cases.add(Arguments.of("syntax error", json("{ viewer { id }", null), 200, "InvalidSyntax"));
		cases.add(Arguments.of("unknown field", json("{ viewer { password } }", null), 200, "ValidationError"));
		cases.add(Arguments.of("5 000 aliases", json(aliases(5_000), null), 200, null));
		// About 180 KB: over the body limit, refused before it is parsed.
		cases.add(Arguments.of("10 000 aliases", json(aliases(10_000), null), 413, "REQUEST_TOO_LARGE"));
		cases.add(Arguments.of("40 aliases", json(aliases(40), null), 200, "BAD_REQUEST"));
		cases.add(Arguments.of("depth 50", json(deep(50), null), 200, null));
		cases.add(Arguments.of("huge first",
				json("{ class(id: \"cls_1_1\") { students(first: 1000000) { edges { node { id } } } } }", null), 200,
				"BAD_REQUEST"));
		cases.add(Arguments.of("foreign id", json("{ node(id: \"stu_../../etc/passwd\") { id } }", null), 200,
				"{\"data\":{\"node\":null}"));
		cases.add(Arguments.of("oversized id", json("{ student(id: \"" + "x".repeat(100_000) + "\") { id } }", null),
				200, null));
		cases.add(Arguments.of("wrong enum", json(RECORD, input("CARRIER_PIGEON", "2026-01-01T00:00:00Z")), 200,
				"ValidationError"));
		cases.add(Arguments.of("invalid date", json(RECORD, input("PHONE", "31/02/2026")), 200, "ValidationError"));
		cases.add(Arguments.of("null for a required list", json(RECORD, "{\"i\": {\"studentIds\": null}}"), 200,
				"ValidationError"));
		cases.add(Arguments.of("oversized summary",
				json(RECORD, input("PHONE", "2026-11-01T00:00:00Z").replace("\"x\"", "\"" + "长".repeat(30_000) + "\"")),
				200, null));
		cases.addAll(overlongIdempotencyKeys());
		return cases.stream();
	}

	/**
	 * One case per mutation whose input has an {@code idempotencyKey}, found in the
	 * contract: a key one character over the shared limit is refused before the mutation
	 * runs, whatever the rest of the input.
	 */
	private static List<Arguments> overlongIdempotencyKeys() {
		GraphQLSchema contract = SchemaSamples.contract();
		List<Arguments> cases = new ArrayList<>();
		for (GraphQLFieldDefinition mutation : contract.getMutationType().getFieldDefinitions()) {
			for (GraphQLArgument argument : mutation.getArguments()) {
				if (GraphQLTypeUtil.unwrapAll(argument.getType()) instanceof GraphQLInputObjectType type
						&& type.getField("idempotencyKey") != null) {
					@SuppressWarnings("unchecked")
					Map<String, Object> input = new java.util.LinkedHashMap<>(
							(Map<String, Object>) SchemaSamples.valueOf(argument.getType()));
					input.put("idempotencyKey", "k".repeat(IdempotencyKeys.MAX_KEY_LENGTH + 1));
					String document = "mutation($i: " + GraphQLTypeUtil.simplePrint(argument.getType()) + ") { "
							+ mutation.getName() + "(" + argument.getName() + ": $i) { __typename } }";
					cases.add(Arguments.of("idempotency key too long: " + mutation.getName(),
							json(document, JSON.writeValueAsString(Map.of("i", input))), 200,
							"idempotencyKey: at most " + IdempotencyKeys.MAX_KEY_LENGTH));
				}
			}
		}
		assertThat(cases).as("mutations with an idempotency key").hasSizeGreaterThan(20);
		return cases;
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void refusedClearlyAndNothingChanges(String name, String body, int status, String expected) {
		Map<String, Long> before = fingerprint();
		String token = token("homeroom");
		String response = this.http.post()
			.uri("/graphql")
			.header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		String text = (response != null) ? response : "";
		assertThat(text).doesNotContain("Exception", "at org.", "at java.", "INTERNAL_ERROR");
		if (status == 200 && !text.contains("\"data\":{")) {
			assertThat(text).contains("\"errors\"");
		}
		if (expected != null) {
			assertThat(text).contains(expected);
		}
		assertThat(fingerprint()).isEqualTo(before);
	}

	/** Document counts per collection, and timeline entries over all students. */
	private Map<String, Long> fingerprint() {
		Map<String, Long> counts = new TreeMap<>();
		for (String collection : this.mongo.getCollectionNames()) {
			if (!collection.equals("audit_events")) {
				counts.put(collection, this.mongo.getCollection(collection).countDocuments());
			}
		}
		long entries = 0;
		for (Document student : this.mongo.getCollection("students").find()) {
			entries += student.getList("timeline", Document.class, List.of()).size();
		}
		counts.put("timeline entries", entries);
		return counts;
	}

	private static String json(String query, String variables) {
		String escaped = query.replace("\\", "\\\\").replace("\"", "\\\"");
		return "{\"query\": \"" + escaped + "\"" + ((variables != null) ? ", \"variables\": " + variables : "") + "}";
	}

	private static String input(String form, String occurredAt) {
		return "{\"i\": {\"studentIds\": [\"stu_x\"], \"form\": \"" + form
				+ "\", \"kind\": \"ROUTINE\", \"occurredAt\": \"" + occurredAt + "\", \"summary\": \"x\"}}";
	}

	private static String aliases(int count) {
		StringBuilder query = new StringBuilder("{ ");
		for (int i = 0; i < count; i++) {
			query.append("a").append(i).append(": viewer { id } ");
		}
		return query.append("}").toString();
	}

	private static String deep(int depth) {
		StringBuilder query = new StringBuilder("{ viewer { classes { students { edges { node { ");
		for (int i = 0; i < depth; i++) {
			query.append("household { students { ");
		}
		query.append("id");
		query.append(" } }".repeat(depth));
		return query.append(" } } } } } }").toString();
	}

}
