package org.jiaxiao.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the authorization matrix honest about analysts: outside {@code analytics} (and
 * {@code viewer}, to know who they are) an analyst gets nothing — a refusal, a null or an
 * empty list — for every operation the matrix lists, which is every operation there is.
 */
class AnalystMatrixTest {

	private static final Set<String> ANALYST_MAY = Set.of("Query.viewer", "Query.analytics");

	private static final Set<String> NOTHING = Set.of("FORBIDDEN", "NULL", "EMPTY");

	@Test
	void analystsGetNothingOutsideAnalytics() throws IOException {
		List<String> lines;
		try (InputStream in = new ClassPathResource("authorization-matrix.csv").getInputStream()) {
			lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.toList();
		}
		int analyst = Arrays.asList(lines.get(0).split(",")).indexOf("analyst");
		assertThat(analyst).isPositive();
		for (String line : lines.subList(1, lines.size())) {
			String[] row = line.split(",");
			if (ANALYST_MAY.contains(row[0])) {
				assertThat(row[analyst]).as(row[0]).isEqualTo("ALLOWED");
			}
			else {
				assertThat(row[analyst]).as(row[0]).isIn(NOTHING);
			}
		}
	}

}
