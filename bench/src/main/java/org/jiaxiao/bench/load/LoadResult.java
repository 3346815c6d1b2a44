package org.jiaxiao.bench.load;

import org.HdrHistogram.Histogram;

/**
 * What one measuring window gave: latencies in microseconds, and how many requests
 * completed (or failed) in how long.
 *
 * @param latencies microseconds per request
 * @param requests completed requests
 * @param errors failed requests (a window with errors is reported, never hidden)
 * @param seconds length of the window
 * @param cpuSeconds CPU time this JVM used in the window (app, database if embedded, load
 * driver): unlike latency, not inflated by other processes on the machine
 * @param requestCpuSeconds CPU time the app's request threads used in the window
 * ({@code RequestThreadCpu}); 0 for work that sends no HTTP request
 */
public record LoadResult(Histogram latencies, long requests, long errors, double seconds, double cpuSeconds,
		double requestCpuSeconds) {

	public double p50Millis() {
		return this.latencies.getValueAtPercentile(50) / 1000.0;
	}

	public double p95Millis() {
		return this.latencies.getValueAtPercentile(95) / 1000.0;
	}

	public double p99Millis() {
		return this.latencies.getValueAtPercentile(99) / 1000.0;
	}

	/** CPU milliseconds this JVM spent per request. */
	public double cpuMillisPerRequest() {
		return (this.requests > 0) ? this.cpuSeconds * 1000 / this.requests : 0;
	}

	/** CPU milliseconds the app's request threads spent per request. */
	public double requestCpuMillisPerRequest() {
		return (this.requests > 0) ? this.requestCpuSeconds * 1000 / this.requests : 0;
	}

	public double throughput() {
		return this.requests / this.seconds;
	}

}
