package org.jiaxiao.platform.observe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.jiaxiao.task.ComplianceSweep;
import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With metrics switched on, the management port serves Prometheus's text with the meters
 * operations watch, each filled by what was just done through the API; the main port does
 * not serve them. The Grafana dashboard queries only meters the app exposes.
 */
@TestPropertySource(properties = { "jiaxiao.metrics.enabled=true", "management.server.port=0" })
class MetricsTest extends ApiTest {

	private static final Path DASHBOARD = Path.of("..", "ops", "grafana", "jiaxiao.json");

	/**
	 * A metric name used with a selector or a range: {@code name{…}} or {@code name[5m]}.
	 */
	private static final Pattern SELECTED = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*[{\\[]");

	private static final Pattern LABEL_VALUES = Pattern.compile("label_values\\(\\s*([a-zA-Z_:][a-zA-Z0-9_:]*)");

	@LocalManagementPort
	private int managementPort;

	@Autowired
	private ComplianceSweep sweep;

	@Test
	void graphQlOperationsAreTimedByNameAndOutcome() {
		as("homeroom").document("query ObservedViewer { viewer { username } }").execute();
		as("homeroom").document("query ObservedMistake { viewer { noSuchField } }").execute();

		String scrape = scrape();
		assertThat(series(scrape, "jiaxiao_graphql_operation_seconds_count"))
			.anyMatch((line) -> line.contains("operation=\"ObservedViewer\"") && line.contains("outcome=\"success\""))
			.anyMatch((line) -> line.contains("outcome=\"ValidationError\""));
		assertThat(series(scrape, "jiaxiao_graphql_operation_seconds_bucket"))
			.anyMatch((line) -> line.contains("operation=\"ObservedViewer\""));
		assertThat(series(scrape, "http_server_requests_seconds_bucket"))
			.anyMatch((line) -> line.contains("uri=\"/graphql\""));
		assertThat(series(scrape, "mongodb_driver_commands_seconds_count")).isNotEmpty();
	}

	@Test
	void sweepRunsAndAuditWritesAreCounted() {
		this.sweep.runExclusively(OffsetDateTime.now().toInstant());
		recordContact();

		String scrape = scrape();
		assertThat(series(scrape, "jiaxiao_sweep_runs_seconds_count"))
			.anyMatch((line) -> line.contains("outcome=\"success\"") && count(line) >= 1);
		assertThat(series(scrape, "jiaxiao_sweep_new_tasks_total")).isNotEmpty();
		assertThat(series(scrape, "jiaxiao_sweep_overdue_tasks_total")).isNotEmpty();
		assertThat(series(scrape, "jiaxiao_audit_writes_seconds_count"))
			.anyMatch((line) -> line.contains("outcome=\"success\"") && count(line) >= 1);
	}

	@Test
	void theMainPortDoesNotServeMetrics() {
		this.http.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.value((body) -> assertThat(body).doesNotContain("# TYPE"));
		this.http.get().uri("/readyz").exchange().expectStatus().isOk();
		this.http.get().uri("/livez").exchange().expectStatus().isOk();
	}

	@Test
	void everyMetricTheDashboardQueriesIsExposed() throws IOException {
		as("homeroom").document("query ObservedViewer { viewer { username } }").execute();
		as("homeroom").document("query ObservedMistake { viewer { noSuchField } }").execute();
		this.sweep.runExclusively(OffsetDateTime.now().toInstant());
		recordContact();

		JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(DASHBOARD));
		Set<String> queried = new TreeSet<>();
		for (JsonNode panel : dashboard.path("panels")) {
			for (JsonNode target : panel.path("targets")) {
				queried.addAll(names(SELECTED, target.path("expr").asString()));
			}
		}
		for (JsonNode variable : dashboard.path("templating").path("list")) {
			queried.addAll(names(LABEL_VALUES, variable.path("query").path("query").asString("")));
		}
		Set<String> exposed = scrape().lines()
			.filter((line) -> !line.startsWith("#") && !line.isBlank())
			.map((line) -> line.split("[{ ]", 2)[0])
			.collect(Collectors.toSet());
		assertThat(queried).hasSizeGreaterThanOrEqualTo(8);
		assertThat(exposed).containsAll(queried);
	}

	private void recordContact() {
		String student = as("homeroom")
			.document("{ viewer { classes { students(first: 1) { edges { node { id } } } } } }")
			.execute()
			.path("viewer.classes[0].students.edges[0].node.id")
			.entity(String.class)
			.get();
		as("homeroom")
			.document("mutation ObservedContact($input: RecordContactInput!) { recordContact(input: $input) "
					+ "{ contact { id } errors { code } } }")
			.variable("input",
					Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().toString(), "summary", "电话回访"))
			.execute()
			.path("recordContact.contact.id")
			.hasValue();
	}

	private String scrape() {
		return WebTestClient.bindToServer(new JdkClientHttpConnector())
			.baseUrl("http://localhost:" + this.managementPort)
			.codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(16 * 1024 * 1024))
			.build()
			.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
	}

	private static List<String> series(String scrape, String name) {
		return scrape.lines().filter((line) -> line.startsWith(name + "{") || line.startsWith(name + " ")).toList();
	}

	private static double count(String line) {
		return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
	}

	private static Set<String> names(Pattern pattern, String expression) {
		Set<String> names = new TreeSet<>();
		Matcher matcher = pattern.matcher(expression);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

}
