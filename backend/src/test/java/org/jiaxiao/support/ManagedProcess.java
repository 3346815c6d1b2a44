package org.jiaxiao.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A server the integration tests run as a child process (Keycloak, the app), its output
 * in a log file. It is stopped by its own PID and those of its descendants, never by
 * name, so other Java processes on a developer's machine are safe. Its PIDs are also
 * written to a file, so that a run killed too hard for shutdown hooks ({@code kill -9})
 * is cleaned up by the next one.
 */
public final class ManagedProcess {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final String name;

	private final Process process;

	private final Path log;

	private final Path pidFile;

	private ManagedProcess(String name, Process process, Path log, Path pidFile) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.pidFile = pidFile;
	}

	/**
	 * Starts {@code command} in {@code directory}; output goes to
	 * {@code <work>/<name>.log}.
	 * @param marker a string in the command line of this process and its children (an
	 * absolute path), which tells a leftover of an earlier run from an unrelated process
	 */
	public static ManagedProcess start(String name, List<String> command, Path directory, Path work, String marker,
			Consumer<Map<String, String>> environment) throws IOException {
		Files.createDirectories(work);
		Path log = work.resolve(name + ".log");
		Path pidFile = work.resolve(name + ".pid");
		stopLeftover(pidFile, marker);
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		environment.accept(builder.environment());
		Process process = builder.start();
		process.getOutputStream().close();
		ManagedProcess managed = new ManagedProcess(name, process, log, pidFile);
		managed.writePids();
		return managed;
	}

	/**
	 * Polls {@code uri} until it answers 200; fails early, with the log's tail, if the
	 * process dies.
	 */
	public void awaitHttpOk(URI uri, Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
		while (System.nanoTime() < deadline) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with status " + this.process.exitValue()
						+ " before " + uri + " answered. Log " + this.log + ":\n" + logTail());
			}
			try {
				if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					writePids();
					return;
				}
			}
			catch (IOException ex) {
				// Not listening yet.
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
			sleep(250);
		}
		throw new IllegalStateException(this.name + ": " + uri + " did not answer 200 within " + timeout + ". Log "
				+ this.log + ":\n" + logTail());
	}

	/**
	 * Waits for a process that ends by itself (a command); its exit status. Stops it and
	 * fails, with the log's tail, if it runs past {@code timeout}.
	 */
	public int awaitExit(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			stop();
			throw new IllegalStateException(
					this.name + " did not exit within " + timeout + ". Log " + this.log + ":\n" + logTail());
		}
		return this.process.exitValue();
	}

	/** SIGTERM to the process and its descendants, SIGKILL to what is left after 30 s. */
	public void stop() {
		List<ProcessHandle> all = new ArrayList<>(this.process.descendants().toList());
		all.add(0, this.process.toHandle());
		stop(all);
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// Harmless: the next run checks the command line before it stops anything.
		}
	}

	/**
	 * SIGKILL to the process and its descendants, as a crash or {@code kill -9} would end
	 * them: no shutdown hook runs. Returns once they are gone.
	 */
	public void kill() {
		List<ProcessHandle> all = new ArrayList<>(this.process.descendants().toList());
		all.add(0, this.process.toHandle());
		all.forEach(ProcessHandle::destroyForcibly);
		all.forEach((handle) -> handle.onExit().join());
		try {
			Files.deleteIfExists(this.pidFile);
		}
		catch (IOException ex) {
			// Harmless: the next run checks the command line before it stops anything.
		}
	}

	private static void stop(List<ProcessHandle> processes) {
		processes.forEach(ProcessHandle::destroy);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		for (ProcessHandle process : processes) {
			while (process.isAlive() && System.nanoTime() < deadline) {
				sleep(100);
			}
			if (process.isAlive()) {
				process.destroyForcibly();
			}
		}
	}

	private void writePids() {
		String pids = Stream.concat(Stream.of(this.process.toHandle()), this.process.descendants())
			.map((handle) -> String.valueOf(handle.pid()))
			.collect(Collectors.joining("\n"));
		try {
			Files.writeString(this.pidFile, pids);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void stopLeftover(Path pidFile, String marker) throws IOException {
		if (!Files.exists(pidFile)) {
			return;
		}
		List<ProcessHandle> leftovers = Files.readAllLines(pidFile)
			.stream()
			.filter((line) -> !line.isBlank())
			.flatMap((line) -> ProcessHandle.of(Long.parseLong(line.strip())).stream())
			.filter((handle) -> handle.info().commandLine().map((cmd) -> cmd.contains(marker)).orElse(false))
			.toList();
		stop(leftovers);
		Files.delete(pidFile);
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log, StandardCharsets.UTF_8);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex.getMessage() + ")";
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
