package org.jiaxiao.platform.graphql;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Depth, cost and alias limits, measured once per document and per page size: a measure
 * remembered for one request never lets a larger request of the same document through,
 * nor refuses a smaller one.
 */
class QueryLimitsTest extends ApiTest {

	private static final String ROSTER = "query($first: Int) { viewer { classes { students(first: $first) { "
			+ "edges { node { id name studentNo gender lastContactAt contactsThisYear household { id address } "
			+ "class { id name } } } } } } }";

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
		principal.document(ROSTER).variable("first", 1).execute().errors().verify();
		refusedFor(principal.document(ROSTER).variable("first", 100).execute(), "complexity");
		principal.document(ROSTER).variable("first", 2).execute().errors().verify();
		refusedFor(principal.document(ROSTER).variable("first", 100).execute(), "complexity");
		principal.document(ROSTER).variable("first", 1).execute().errors().verify();
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
		StringBuilder document = new StringBuilder("query { ");
		for (int i = 0; i < 31; i++) {
			document.append("a").append(i).append(": viewer { id } ");
		}
		refusedFor(as("principal").document(document.append("}").toString()).execute(), "aliases");
	}

	private static void refusedFor(org.springframework.graphql.test.tester.GraphQlTester.Response response,
			String limit) {
		response.errors()
			.expect((error) -> error.getMessage() != null && error.getMessage().contains(limit)
					&& "BAD_REQUEST".equals(String.valueOf(error.getErrorType())))
			.verify();
	}

}
