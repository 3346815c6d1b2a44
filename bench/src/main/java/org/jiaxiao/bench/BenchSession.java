package org.jiaxiao.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.bench.data.DataLoader;
import org.jiaxiao.bench.data.Population;
import org.jiaxiao.bench.data.PopulationGenerator;
import org.jiaxiao.bench.data.SchoolCalendars;
import org.jiaxiao.bench.load.HttpApi;
import org.jiaxiao.bench.load.RawDriver;
import org.jiaxiao.bench.load.Samples;
import org.jiaxiao.bench.load.Screens;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.report.ReportInputs.TermRef;
import org.jiaxiao.timeline.Contact;

/**
 * One started app with one generated population loaded: what the main run and each step
 * of the ceiling search need. Closing it stops the app and deletes the scratch files.
 */
final class BenchSession implements AutoCloseable {

	static final int SAMPLE_CLASSES = 64;

	final Instant now = Clock.systemUTC().instant();

	final int schoolYear = SchoolYears.of(this.now, ZoneId.of(PopulationGenerator.ZONE));

	final Path scratch;

	final BenchApp app;

	final DataLoader loader;

	final HttpApi http;

	final RawDriver raw;

	@Nullable Population population;

	long contacts;

	/** What the compliance loader wrote, for the report. */
	@Nullable String complianceData;

	double loadSeconds;

	@Nullable Samples samples;

	@Nullable Screens screens;

	private BenchSession(Path scratch, BenchApp app) {
		this.scratch = scratch;
		this.app = app;
		this.loader = new DataLoader(app.mongo(), app.recorder());
		this.http = new HttpApi(app.port());
		this.raw = new RawDriver(app.mongoUri());
	}

	static BenchSession start(@Nullable String mongoUri, boolean inMemory) throws IOException {
		Path scratch = Files.createTempDirectory("jiaxiao-bench");
		if (mongoUri != null) {
			BenchDatabase.prepare(mongoUri);
		}
		return new BenchSession(scratch, BenchApp.start(mongoUri, inMemory, scratch));
	}

	/** Generates and writes the population, then prepares the samples the screens use. */
	void load(long seed, int students, int schoolSize, int years) throws IOException, InterruptedException {
		long start = System.nanoTime();
		Population generated = PopulationGenerator.generate(seed, "b", students, schoolSize, this.schoolYear);
		this.loader.insertDirectory(generated);
		long[] lastReport = { System.nanoTime() };
		this.contacts = this.loader.importHistory(generated, seed, this.now, this.schoolYear - years + 1,
				this.schoolYear, (done, all, written) -> {
					if (System.nanoTime() - lastReport[0] > 10_000_000_000L || done == all) {
						lastReport[0] = System.nanoTime();
						System.out.printf("    %d/%d students, %d contacts, %.0f s%n", done, all, written,
								(System.nanoTime() - start) / 1e9);
					}
				});
		this.loadSeconds = (System.nanoTime() - start) / 1e9;
		System.out.println("    policy, calendar, meetings, incidents and obligations…");
		long complianceStart = System.nanoTime();
		this.complianceData = this.app.complianceLoader()
			.load(generated, seed, this.now, this.schoolYear - years + 1, this.schoolYear)
				+ " (written in %.0f s)".formatted((System.nanoTime() - complianceStart) / 1e9);
		this.population = generated;
		TermRef term = SchoolCalendars.termOf(this.now.atZone(ZoneId.of(PopulationGenerator.ZONE)).toLocalDate());
		Samples prepared = Samples.prepare(generated, this.http, SAMPLE_CLASSES, term);
		Screens ready = new Screens(this.http, this.raw, prepared, this::toBson);
		prepared.findNextPages(ready, 100);
		this.samples = prepared;
		this.screens = ready;
	}

	/** A contact as the app maps it into a timeline ({@code _class} alias included). */
	private Document toBson(Contact contact) {
		Document document = new Document();
		this.app.mongo().getConverter().write(contact, document);
		return document;
	}

	/** The version the database server reports. */
	String serverVersion() {
		try (MongoClient client = MongoClients.create(this.app.mongoUri())) {
			Document info = client.getDatabase("admin").runCommand(new Document("buildInfo", 1));
			return String.valueOf(info.get("version"));
		}
		catch (RuntimeException ex) {
			return "unknown (" + ex.getClass().getSimpleName() + ")";
		}
	}

	@Override
	public void close() {
		this.raw.close();
		this.app.close();
		try (Stream<Path> files = Files.walk(this.scratch)) {
			files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
