package org.jiaxiao.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docker-compose.yml} parses, and its {@code replica-set} profile is what
 * docs/scaling.md describes: three members of one set, initiated by the first member's
 * health check, and the app waiting for its primary only when the profile is on. This
 * machine has no Docker, so {@code docker compose config} cannot run here; the hosted CI
 * has it.
 */
class ComposeFileTest {

	private static final Path COMPOSE = Path.of("../docker-compose.yml");

	private static final List<String> MEMBERS = List.of("mongo-1", "mongo-2", "mongo-3");

	@Test
	void theReplicaSetProfileHasThreeMembersOfOneSet() throws IOException {
		Map<String, Object> services = section(load(), "services");
		for (String member : MEMBERS) {
			Map<String, Object> service = section(services, member);
			assertThat(service.get("profiles")).as(member).isEqualTo(List.of("replica-set"));
			assertThat(service.get("image")).as(member).isEqualTo("mongo:8.0");
			assertThat(service.get("command")).as(member).isEqualTo(List.of("--replSet", "rs3", "--bind_ip_all"));
		}
		String initiate = String.join(" ", list(section(section(services, "mongo-1"), "healthcheck").get("test")));
		assertThat(initiate).contains("rs.initiate({_id: 'rs3'");
		MEMBERS.forEach((member) -> assertThat(initiate).contains("host: '" + member + ":27017'"));
	}

	@Test
	void theAppWaitsForTheSetOnlyWhenItsProfileIsOn() throws IOException {
		Map<String, Object> app = section(section(load(), "services"), "app");
		assertThat(app).doesNotContainKey("profiles");
		Map<String, Object> firstMember = section(section(app, "depends_on"), "mongo-1");
		assertThat(firstMember).containsEntry("condition", "service_healthy").containsEntry("required", false);
		assertThat(section(app, "environment").get("SPRING_MONGODB_URI"))
			.isEqualTo("${JIAXIAO_MONGODB_URI:-mongodb://mongo:27017/jiaxiao?replicaSet=rs0}");
	}

	private static Map<String, Object> load() throws IOException {
		try (Reader reader = Files.newBufferedReader(COMPOSE, StandardCharsets.UTF_8)) {
			return new Yaml().load(reader);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> section(Map<String, Object> parent, String key) {
		assertThat(parent).containsKey(key);
		return (Map<String, Object>) parent.get(key);
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return (List<String>) value;
	}

}
