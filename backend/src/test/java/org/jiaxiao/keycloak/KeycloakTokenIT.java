package org.jiaxiao.keycloak;

import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens from the real Keycloak, got the way scripts and the mobile team get them
 * (password grant on {@code jiaxiao-scripts}), are accepted by the app configured as
 * docker-compose configures it. Keycloak says who someone is; the school directory, found
 * by the token's {@code preferred_username}, says what they may see.
 */
@ExtendWith(KeycloakStack.class)
class KeycloakTokenIT {

	private static final String VIEWER = "{ viewer { username roles classes { id } } }";

	private final Stack stack = KeycloakStack.stack();

	@ParameterizedTest
	@CsvSource({ "principal, PRINCIPAL, 12", "deyu, MORAL_EDUCATION, 12", "grade-leader, GRADE_LEADER, 2",
			"homeroom, HOMEROOM_TEACHER, 1", "subject, SUBJECT_TEACHER, 2", "analyst, ANALYST, 0",
			"learning-manager, LEARNING_MANAGER, 1", "supervisor, SUPERVISOR, 2", "finance, FINANCE, 0" })
	void everyDemoUserIsTheirDirectoryStaffMember(String username, String role, int classes) {
		String token = this.stack.token(username);
		JsonNode claims = Http.claims(token);
		assertThat(claims.get("iss").asString()).isEqualTo(this.stack.issuer());
		assertThat(strings(claims.get("aud"))).contains("jiaxiao-api");

		JsonNode viewer = this.stack.graphqlData(token, VIEWER).get("viewer");
		assertThat(viewer.get("username").asString()).isEqualTo(username);
		assertThat(strings(viewer.get("roles"))).containsExactly(role);
		assertThat(viewer.get("classes").size()).isEqualTo(classes);
	}

	@Test
	void theDirectoryNotTheTokenDecidesRoles() {
		String token = this.stack.token("analyst");
		// The test realm gives the analyst the realm role PRINCIPAL, and Keycloak says
		// so.
		assertThat(strings(Http.claims(token).path("realm_access").path("roles"))).contains("ANALYST", "PRINCIPAL");

		JsonNode viewer = this.stack.graphqlData(token, VIEWER).get("viewer");
		assertThat(strings(viewer.get("roles"))).containsExactly("ANALYST");
		assertThat(viewer.get("classes").size()).isZero();
	}

	@Test
	void staffAreFoundByPreferredUsernameNotByKeycloaksUserId() {
		String token = this.stack.token("homeroom");
		JsonNode claims = Http.claims(token);
		assertThat(claims.get("preferred_username").asString()).isEqualTo("homeroom");
		assertThat(claims.get("sub").asString()).isNotEqualTo("homeroom");

		JsonNode viewer = this.stack.graphqlData(token, VIEWER).get("viewer");
		assertThat(viewer.get("username").asString()).isEqualTo("homeroom");
		assertThat(viewer.get("classes").get(0).get("id").asString()).isEqualTo("cls_1_1");
	}

	@Test
	void aKeycloakUserTheDirectoryDoesNotKnowIsSignedInButSeesNothing() {
		String token = this.stack.token(TestRealm.STRANGER);
		assertThat(this.stack.graphqlData(token, "{ viewer { username } }").get("viewer").isNull()).isTrue();
	}

	private static List<String> strings(JsonNode array) {
		return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asString).toList();
	}

}
