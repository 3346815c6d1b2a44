package org.jiaxiao.platform.archive;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The packaged jar as a command: with {@code --jiaxiao.export.school=<id>
 * --jiaxiao.export.to=<file>} it exports, with {@code --jiaxiao.import.from=<file>} it
 * imports, prints its progress and exits (status 0, or 1 when refused or failed). Without
 * these settings it does nothing and the app serves as usual.
 */
@Component
class SchoolArchiveCommand implements ApplicationListener<ApplicationReadyEvent> {

	private static final Logger log = LoggerFactory.getLogger(SchoolArchiveCommand.class);

	private final SchoolArchive archive;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	SchoolArchiveCommand(SchoolArchive archive, Environment environment, ConfigurableApplicationContext context) {
		this.archive = archive;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void onApplicationEvent(ApplicationReadyEvent event) {
		String school = this.environment.getProperty("jiaxiao.export.school");
		String to = this.environment.getProperty("jiaxiao.export.to");
		String from = this.environment.getProperty("jiaxiao.import.from");
		if (school == null && from == null) {
			return;
		}
		int status = 0;
		try {
			if (from != null) {
				this.archive.importFrom(Path.of(from), this::progress);
			}
			else if (to == null) {
				throw new IllegalArgumentException("Set jiaxiao.export.to to the archive file to write.");
			}
			else {
				this.archive.export(school, Path.of(to), this::progress);
			}
		}
		catch (RuntimeException ex) {
			log.error("Archive {} failed: {}", (from != null) ? "import" : "export", ex.getMessage());
			status = 1;
		}
		int exitCode = status;
		// Closing the context closes the store, which commits what was written.
		System.exit(SpringApplication.exit(this.context, () -> exitCode));
	}

	private void progress(String message) {
		log.info("Archive: {}", message);
	}

}
