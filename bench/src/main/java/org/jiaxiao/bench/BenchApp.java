package org.jiaxiao.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.ConnectionString;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.JiaxiaoApplication;
import org.jiaxiao.bench.app.AsyncDispatchSwitch;
import org.jiaxiao.bench.app.CommitSwitch;
import org.jiaxiao.bench.app.DocumentCacheSwitch;
import org.jiaxiao.bench.app.GraphQlObservationSwitch;
import org.jiaxiao.bench.app.RoundTrips;
import org.jiaxiao.bench.data.ComplianceLoader;
import org.jiaxiao.bench.measure.DocumentGrowth;
import org.jiaxiao.calendar.CalendarService;
import org.jiaxiao.meeting.MeetingService;
import org.jiaxiao.platform.mongo.EmbeddedCommitSwitch;
import org.jiaxiao.policy.PolicyService;
import org.jiaxiao.task.ComplianceSweep;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.timeline.TimelineService;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The app itself, started in the benchmark's JVM with the {@code bench} profile (the REST
 * baseline, the round-trip counter) and the {@code dev} profile (its development issuer
 * gives the load its tokens): on a free port, without the demo school, on the embedded
 * server (H2 file in a scratch directory, as the app runs by default) or on the given
 * MongoDB.
 */
final class BenchApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private BenchApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static BenchApp start(@Nullable String mongoUri, boolean inMemory, Path scratch) {
		List<String> args = new ArrayList<>(List.of("--server.port=0", "--jiaxiao.demo-data.enabled=false",
				"--spring.main.banner-mode=off", "--spring.main.log-startup-info=false", "--logging.level.root=WARN",
				"--logging.level.de.bwaldvogel.mongo=ERROR",
				// The loader runs the sweep once itself; a scheduled run would land in
				// some
				// measuring window and not in others.
				"--jiaxiao.compliance.sweep.enabled=false"));
		if (mongoUri != null) {
			args.add("--spring.mongodb.uri=" + mongoUri);
		}
		else {
			args.add("--jiaxiao.embedded-mongo.in-memory=" + inMemory);
			args.add("--jiaxiao.embedded-mongo.path=" + scratch.resolve("bench.mv"));
		}
		// Command-line arguments, so they outrank the app's application.yml.
		return new BenchApp(new SpringApplicationBuilder(JiaxiaoApplication.class).profiles("bench", "dev")
			.run(args.toArray(String[]::new)));
	}

	int port() {
		return Integer.parseInt(this.context.getEnvironment().getRequiredProperty("local.server.port"));
	}

	ConnectionString mongoUri() {
		return this.context.getBean(MongoConnectionDetails.class).getConnectionString();
	}

	MongoTemplate mongo() {
		return this.context.getBean(MongoTemplate.class);
	}

	ContactRecorder recorder() {
		return this.context.getBean(ContactRecorder.class);
	}

	/** Writes what compliance reports read, through the app's services and events. */
	ComplianceLoader complianceLoader() {
		return new ComplianceLoader(mongo(), this.context.getBean(PolicyService.class),
				this.context.getBean(CalendarService.class), this.context.getBean(MeetingService.class), recorder(),
				this.context, this.context.getBean(ComplianceSweep.class));
	}

	/** The app's archive of closed school years, through its service. */
	DocumentGrowth.Archiver archiver() {
		TimelineService timeline = this.context.getBean(TimelineService.class);
		return timeline::archiveClosedYears;
	}

	RoundTrips roundTrips() {
		return this.context.getBean(RoundTrips.class);
	}

	/** The switch around the app's parsed-document cache, or null if the app has none. */
	@Nullable DocumentCacheSwitch cacheSwitch() {
		return this.context.getBeanProvider(DocumentCacheSwitch.class).getIfAvailable();
	}

	/**
	 * The switch between answering GraphQL on the request's thread and Spring's async
	 * dispatch.
	 */
	@Nullable AsyncDispatchSwitch asyncSwitch() {
		return this.context.getBeanProvider(AsyncDispatchSwitch.class).getIfAvailable();
	}

	/**
	 * The switch that turns Spring Boot's default GraphQL observations on for a window.
	 */
	@Nullable GraphQlObservationSwitch observationSwitch() {
		return this.context.getBeanProvider(GraphQlObservationSwitch.class).getIfAvailable();
	}

	/**
	 * The switch between the embedded store's durable commit and H2's background commit,
	 * or null on a real MongoDB or an in-memory store.
	 */
	@Nullable CommitSwitch commitSwitch() {
		EmbeddedCommitSwitch store = this.context.getBeanProvider(EmbeddedCommitSwitch.class).getIfAvailable();
		return (store != null) ? new CommitSwitch(store) : null;
	}

	@Override
	public void close() {
		this.context.close();
	}

}
