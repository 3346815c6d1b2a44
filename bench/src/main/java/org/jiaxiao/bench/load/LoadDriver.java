package org.jiaxiao.bench.load;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.Histogram;

import org.jiaxiao.bench.app.RequestThreadCpu;

/**
 * Runs an {@link Op} from N client threads in a closed loop for a fixed time, each
 * recording its latencies in its own HdrHistogram (merged at the end). Closed loop: a
 * client sends its next request when the previous one answered, as a teacher's browser
 * does, so throughput at N clients is what N busy users get.
 */
public final class LoadDriver {

	private static final long MAX_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

	private LoadDriver() {
	}

	/** CPU time of this JVM, all threads. */
	static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return 0;
	}

	public static LoadResult run(Op op, int clients, Duration window, long seed) throws InterruptedException {
		List<Histogram> histograms = new ArrayList<>();
		AtomicLong errors = new AtomicLong();
		AtomicReference<Exception> firstError = new AtomicReference<>();
		CountDownLatch start = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(clients);
		long[] bounds = new long[2];
		for (int c = 0; c < clients; c++) {
			Histogram histogram = new Histogram(MAX_MICROS, 3);
			histograms.add(histogram);
			SplittableRandom random = new SplittableRandom(seed * 1_000_003L + c);
			Thread thread = new Thread(() -> {
				try {
					start.await();
					long deadline = bounds[0] + window.toNanos();
					while (System.nanoTime() < deadline) {
						long begin = System.nanoTime();
						try {
							op.run(random);
							histogram.recordValue(Math.min(MAX_MICROS, (System.nanoTime() - begin) / 1000));
						}
						catch (Exception ex) {
							errors.incrementAndGet();
							firstError.compareAndSet(null, ex);
						}
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				finally {
					done.countDown();
				}
			}, "bench-client-" + c);
			thread.setDaemon(true);
			thread.start();
		}
		long cpuBefore = processCpuNanos();
		long requestCpuBefore = RequestThreadCpu.totalNanos();
		bounds[0] = System.nanoTime();
		start.countDown();
		done.await();
		double seconds = (System.nanoTime() - bounds[0]) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
		double requestCpuSeconds = (RequestThreadCpu.totalNanos() - requestCpuBefore) / 1e9;
		Histogram all = new Histogram(MAX_MICROS, 3);
		histograms.forEach(all::add);
		if (firstError.get() != null && errors.get() > all.getTotalCount()) {
			throw new IllegalStateException("Most requests failed; the first: " + firstError.get().getMessage(),
					firstError.get());
		}
		if (firstError.get() != null) {
			System.out.println("    ! " + errors.get() + " failed requests, the first: " + firstError.get());
		}
		return new LoadResult(all, all.getTotalCount(), errors.get(), seconds, cpuSeconds, requestCpuSeconds);
	}

}
