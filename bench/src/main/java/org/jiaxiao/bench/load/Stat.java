package org.jiaxiao.bench.load;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * A variant's figures at one load: each the median over the interleaved repeats.
 *
 * @param p50 median latency, ms
 * @param p95 95th percentile latency, ms
 * @param p99 99th percentile latency, ms
 * @param throughput requests per second
 * @param cpuPerRequest CPU milliseconds of this JVM per request
 * @param requestCpuPerRequest CPU milliseconds of the app's request threads per request
 * @param requests requests measured, all repeats together
 * @param errors failed requests, all repeats together
 */
public record Stat(double p50, double p95, double p99, double throughput, double cpuPerRequest,
		double requestCpuPerRequest, long requests, long errors) {

	public static Stat medianOf(List<LoadResult> repeats) {
		return new Stat(median(repeats, LoadResult::p50Millis), median(repeats, LoadResult::p95Millis),
				median(repeats, LoadResult::p99Millis), median(repeats, LoadResult::throughput),
				median(repeats, LoadResult::cpuMillisPerRequest),
				median(repeats, LoadResult::requestCpuMillisPerRequest),
				repeats.stream().mapToLong(LoadResult::requests).sum(),
				repeats.stream().mapToLong(LoadResult::errors).sum());
	}

	private static double median(List<LoadResult> repeats, ToDoubleFunction<LoadResult> metric) {
		double[] values = repeats.stream().mapToDouble(metric).sorted().toArray();
		int middle = values.length / 2;
		return (values.length % 2 == 1) ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	@Override
	public String toString() {
		return "p50 %.2f p95 %.2f p99 %.2f ms, %.0f req/s, cpu %.2f ms/req (request thread %.2f)".formatted(this.p50,
				this.p95, this.p99, this.throughput, this.cpuPerRequest, this.requestCpuPerRequest)
				+ ((this.errors > 0) ? ", " + this.errors + " errors" : "");
	}

}
