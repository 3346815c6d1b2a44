package org.jiaxiao.platform.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.support.ManagedProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app as the operator's command, a process that exits: it exports the demo school,
 * imports the archive into an empty data file (which keeps it after the process ended),
 * and refuses, with status 1, to import it a second time.
 */
class SchoolArchiveCommandTest {

	@TempDir
	Path work;

	@Test
	@Timeout(value = 6, unit = TimeUnit.MINUTES)
	void exportsImportsAndRefusesASecondImport() throws Exception {
		Path archive = this.work.resolve("sch_demo.jsonl.gz");
		Path target = this.work.resolve("target.mv");

		assertThat(run("export", "--spring.profiles.active=dev", "--jiaxiao.embedded-mongo.in-memory=true",
				"--jiaxiao.export.school=sch_demo", "--jiaxiao.export.to=" + archive))
			.isZero();
		Document manifest = manifestOf(archive).get("manifest", Document.class);
		assertThat(manifest.getString("schoolId")).isEqualTo("sch_demo");
		assertThat(manifest.getList("collections", Document.class))
			.anyMatch((c) -> c.getString("name").equals("students") && ((Number) c.get("documents")).longValue() > 0);

		assertThat(run("import", "--jiaxiao.embedded-mongo.path=" + target, "--jiaxiao.import.from=" + archive))
			.isZero();
		assertThat(log("import")).contains("Checksums verified for school sch_demo", "students: ",
				"Imported school sch_demo");

		// Refused because the first import is in the file, though its process has ended.
		assertThat(run("import-again", "--jiaxiao.embedded-mongo.path=" + target, "--jiaxiao.import.from=" + archive))
			.isEqualTo(1);
		assertThat(log("import-again")).contains("already holds school sch_demo");
	}

	private int run(String name, String... settings) throws IOException, InterruptedException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
				JiaxiaoApplication.class.getName(), "--server.port=0", "--server.address=127.0.0.1",
				"--spring.mongodb.uri=", "--jiaxiao.compliance.sweep.enabled=false",
				"--jiaxiao.identity.development-provider=true", "--logging.level.root=WARN",
				"--logging.level.org.jiaxiao.platform.archive=INFO"));
		command.addAll(List.of(settings));
		ManagedProcess process = ManagedProcess.start(name, command, this.work, this.work,
				this.work.toAbsolutePath().toString(),
				(env) -> env.keySet().removeIf((key) -> key.startsWith("SPRING_") || key.startsWith("JIAXIAO_")));
		return process.awaitExit(Duration.ofMinutes(2));
	}

	private String log(String name) throws IOException {
		return Files.readString(this.work.resolve(name + ".log"));
	}

	private static Document manifestOf(Path archive) throws IOException {
		try (InputStream in = new GZIPInputStream(Files.newInputStream(archive))) {
			StringBuilder line = new StringBuilder();
			for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
				line.append((char) b);
			}
			return Document
				.parse(new String(line.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
		}
	}

}
