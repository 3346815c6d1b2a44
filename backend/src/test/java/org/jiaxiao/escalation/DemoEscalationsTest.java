package org.jiaxiao.escalation;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's escalations as its users find them: at the tutoring centre one warning sign
 * overdue, one retention step under way, one refund waiting for finance, one family kept
 * and one refunded (with their loss reasons); at the demo school a matter with 德育处.
 */
class DemoEscalationsTest extends ApiTest {

	private static final String BOARD = """
			{ escalations(first: 20) { edges { node { id kind state lossReasons
			  currentStep { key overdue } refund { financeReview { approved } contract { state } } } } } }""";

	@Test
	void theCentresBoardHasAnEscalationAtEveryStage() {
		Map<String, Map<String, Object>> board = board("supervisor");
		assertThat(board).containsKeys("esc_demo_t1", "esc_demo_t2", "esc_demo_t3", "esc_demo_t4", "esc_demo_t5");
		assertThat(step(board.get("esc_demo_t1"))).isEqualTo(Map.of("key", "WARNING_SIGN", "overdue", true));
		assertThat(step(board.get("esc_demo_t2"))).isEqualTo(Map.of("key", "RETENTION", "overdue", false));
		assertThat(step(board.get("esc_demo_t3")).get("key")).isEqualTo("REFUND");
		assertThat(refund(board.get("esc_demo_t3")).get("financeReview")).isNull();
		assertThat(board.get("esc_demo_t4").get("state")).isEqualTo("RESOLVED");
		assertThat(board.get("esc_demo_t5").get("state")).isEqualTo("REFUNDED");
		assertThat(board.get("esc_demo_t5").get("lossReasons"))
			.isEqualTo(List.of("SERVICE_ATTITUDE", "NO_REGULAR_FOLLOW_UP", "SLOW_RESPONSE"));
		// Finance sees the two that reached the refund; the refunded contract is
		// refunded.
		Map<String, Map<String, Object>> finance = board("finance");
		assertThat(finance).containsOnlyKeys("esc_demo_t3", "esc_demo_t5");
		assertThat(refund(finance.get("esc_demo_t3")).get("financeReview")).isNull();
		assertThat(refund(finance.get("esc_demo_t3")).get("contract")).isEqualTo(Map.of("state", "REFUND_REQUESTED"));
		assertThat(refund(finance.get("esc_demo_t5")).get("contract")).isEqualTo(Map.of("state", "REFUNDED"));
		assertThat(board("deyu")).containsOnlyKeys("esc_demo_s1");
	}

	private Map<String, Map<String, Object>> board(String username) {
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) (List<?>) as(username).document(BOARD)
			.execute()
			.path("escalations.edges[*].node")
			.entityList(Map.class)
			.get();
		Map<String, Map<String, Object>> byId = new java.util.LinkedHashMap<>();
		nodes.stream()
			.filter((node) -> ((String) node.get("id")).startsWith("esc_demo_"))
			.forEach((node) -> byId.put((String) node.get("id"), node));
		return byId;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> step(Map<String, Object> escalation) {
		return (Map<String, Object>) escalation.get("currentStep");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> refund(Map<String, Object> escalation) {
		return (Map<String, Object>) escalation.get("refund");
	}

}
