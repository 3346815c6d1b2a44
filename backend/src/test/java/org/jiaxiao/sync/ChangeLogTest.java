package org.jiaxiao.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The change log's guarantee under concurrent writers whose changes are stored out of
 * order: following the positions a reader gets back, it reads every change exactly once,
 * in number order; a writer that stalls past the grace period loses its number and stores
 * under a new one, still read exactly once.
 */
class ChangeLogTest extends ApiTest {

	@Autowired
	private ChangeLog log;

	@Test
	void twoConcurrentWritersStoringOutOfOrderAreReadExactlyOnce() throws Exception {
		String school = "sch_changelog_" + System.nanoTime();
		Criteria scope = where("schoolId").is(school);
		long start = this.log.lastTaken();
		List<Long> written = Collections.synchronizedList(new ArrayList<>());
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(3);
		List<Future<?>> writers = new ArrayList<>();
		for (int writer = 0; writer < 2; writer++) {
			int id = writer;
			writers.add(threads.submit(() -> {
				for (int i = 0; i < 60; i++) {
					// Stall between taking a number and storing the change, so the other
					// writer stores later numbers first.
					long pause = (i % 10 == id) ? 40 : ThreadLocalRandom.current().nextInt(4);
					written.add(this.log.append(school, List.of("cls_x"), "test",
							List.of(new ChangeRef(ChangeType.STUDENT, "w" + id + "-" + i, List.of("cls_x"))),
							(seq) -> sleep(pause)));
				}
			}));
		}
		Future<List<Long>> reader = threads.submit(() -> {
			List<Long> read = new ArrayList<>();
			long position = start;
			while (true) {
				boolean done = !writing.get();
				ChangeLog.LogPage page = this.log.read(position, scope, 7, Duration.ofSeconds(30));
				page.changes().forEach((change) -> read.add(change.seq()));
				assertThat(page.position()).isGreaterThanOrEqualTo(position);
				position = page.position();
				if (done && !page.more() && page.changes().isEmpty()) {
					return read;
				}
				if (!page.more()) {
					sleep(3);
				}
			}
		});
		for (Future<?> writer : writers) {
			writer.get(60, TimeUnit.SECONDS);
		}
		writing.set(false);
		List<Long> read = reader.get(60, TimeUnit.SECONDS);
		threads.shutdown();
		assertThat(written).hasSize(120);
		assertThat(read).doesNotHaveDuplicates().isSorted().containsExactlyInAnyOrderElementsOf(written);
	}

	@Test
	void aWriterStalledPastTheGraceLosesItsNumberAndStoresUnderANewOne() throws Exception {
		String school = "sch_stall_" + System.nanoTime();
		Criteria scope = where("schoolId").is(school);
		long start = this.log.lastTaken();
		CountDownLatch taken = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		ExecutorService thread = Executors.newSingleThreadExecutor();
		AtomicBoolean stalledOnce = new AtomicBoolean();
		Future<Long> stalled = thread.submit(() -> this.log.append(school, List.of(), "test",
				List.of(new ChangeRef(ChangeType.STUDENT, "stalled", List.of())), (seq) -> {
					if (stalledOnce.compareAndSet(false, true)) {
						taken.countDown();
						await(release);
					}
				}));
		assertThat(taken.await(10, TimeUnit.SECONDS)).isTrue();
		long later = this.log.append(school, List.of(), "test",
				List.of(new ChangeRef(ChangeType.STUDENT, "later", List.of())));
		Duration grace = Duration.ofMinutes(1);
		ChangeLog.LogPage blocked = this.log.read(start, scope, 10, grace);
		assertThat(blocked.changes()).isEmpty();
		assertThat(blocked.position()).isEqualTo(start);
		// The gap's age is wall-clock time: a reader whose grace is over, rather than a
		// wait for it.
		ChangeLog.LogPage afterGrace = this.log.read(start, scope, 10, Duration.ZERO);
		assertThat(afterGrace.changes()).extracting(ChangeRecord::seq).containsExactly(later);
		release.countDown();
		long stalledSeq = stalled.get(10, TimeUnit.SECONDS);
		thread.shutdown();
		assertThat(stalledSeq).isGreaterThan(later);
		ChangeLog.LogPage rest = this.log.read(afterGrace.position(), scope, 10, grace);
		assertThat(rest.changes()).extracting(ChangeRecord::seq).containsExactly(stalledSeq);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
