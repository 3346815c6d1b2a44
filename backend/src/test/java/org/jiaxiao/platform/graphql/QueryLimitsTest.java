package org.jiaxiao.platform.graphql;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;

/**
 * Depth, cost and alias limits, measured once per document and per page size: a measure
 * remembered for one request never lets a larger request of the same document through,
 * nor refuses a smaller one.
 */
class QueryLimitsTest extends ApiTest {

	/** A page of students, each with a page of its timeline: the page sizes multiply. */
	private static final String ROSTER_WITH_TIMELINES = "query($first: Int) { class(id: \"" + CLASS_1_1 + "\") { "
			+ "students(first: $first) { edges { node { id name timeline(first: $first) { "
			+ "edges { node { id occurredAt } } } } } } } }";

	private static final String DEEP_WHEN_ASKED = "query($deep: Boolean!) { viewer { classes { students(first: 1) { "
			+ "edges { node { id household @include(if: $deep) { students { class { school { id } } } } } } } } } }";

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void everyRequestRunsThroughOneInstrumentation() {
		assertThat(this.graphQlSource.graphQl().getInstrumentation()).isInstanceOf(RequestInstrumentation.class);
	}

	@Test
	void aPageSizeIsJudgedByItsOwnValueEachTime() {
		var principal = as("principal");
		principal.document(ROSTER_WITH_TIMELINES).variable("first", 1).execute().errors().verify();
		refusedFor(principal.document(ROSTER_WITH_TIMELINES).variable("first", 100).execute(), "complexity");
		principal.document(ROSTER_WITH_TIMELINES).variable("first", 2).execute().errors().verify();
		refusedFor(principal.document(ROSTER_WITH_TIMELINES).variable("first", 100).execute(), "complexity");
		principal.document(ROSTER_WITH_TIMELINES).variable("first", 1).execute().errors().verify();
	}

	@Test
	void aConditionThatAddsDepthIsJudgedByItsValue() {
		var principal = as("principal");
		principal.document(DEEP_WHEN_ASKED).variable("deep", false).execute().errors().verify();
		refusedFor(principal.document(DEEP_WHEN_ASKED).variable("deep", true).execute(), "depth");
		principal.document(DEEP_WHEN_ASKED).variable("deep", false).execute().errors().verify();
	}

	@Test
	void tooManyAliasesAreRefused() {
		refusedFor(as("principal").document(aliases(31)).execute(), "uses 31 aliases");
	}

	@Test
	void eachAliasCountsOnceSoTheLimitItselfIsAllowed() {
		as("principal").document(aliases(30)).execute().errors().verify();
		as("principal").document(aliases(16)).execute().path("a15.id").hasValue();
	}

	private static String aliases(int count) {
		StringBuilder document = new StringBuilder("query { ");
		for (int i = 0; i < count; i++) {
			document.append("a").append(i).append(": viewer { id } ");
		}
		return document.append("}").toString();
	}

	private static void refusedFor(org.springframework.graphql.test.tester.GraphQlTester.Response response,
			String limit) {
		response.errors()
			.expect((error) -> error.getMessage() != null && error.getMessage().contains(limit)
					&& "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

}
