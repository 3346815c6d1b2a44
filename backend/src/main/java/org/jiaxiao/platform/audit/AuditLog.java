package org.jiaxiao.platform.audit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.platform.Ids;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * Writes audit events off the request thread, in batches. On a normal shutdown it stops
 * taking the queue only once everything queued is stored, and it stops after the web
 * server (a lower lifecycle phase), so no request's event is left behind.
 */
@Service
public class AuditLog implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private static final int BATCH = 200;

	private final BlockingQueue<AuditEvent> queue = new LinkedBlockingQueue<>();

	/**
	 * Events recorded but not stored yet, including a batch the writer is storing now.
	 */
	private final AtomicInteger pending = new AtomicInteger();

	private final MongoTemplate mongo;

	private final Clock clock;

	private volatile boolean running;

	private Thread writer;

	AuditLog(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Records a read of sensitive fields or a write, by a staff member of a school. */
	public void record(String actorId, String schoolId, String operation, AuditEvent.Kind kind,
			Collection<String> fields, Collection<String> studentIds, Collection<String> householdIds) {
		this.pending.incrementAndGet();
		this.queue.add(new AuditEvent(Ids.newId("aud"), this.clock.instant(), actorId, schoolId, operation, kind,
				List.copyOf(fields), List.copyOf(studentIds), List.copyOf(householdIds)));
	}

	/**
	 * Stores everything recorded so far, and waits for a batch the writer is storing, so
	 * a read of the trail right after a request sees that request's events.
	 */
	public void flush() {
		List<AuditEvent> batch = new ArrayList<>();
		while (this.queue.drainTo(batch, BATCH) > 0) {
			store(batch);
			batch.clear();
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
		while (this.pending.get() > 0 && System.nanoTime() < deadline) {
			try {
				Thread.sleep(2);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.writer = new Thread(this::writeUntilStopped, "audit-writer");
		this.writer.setDaemon(true);
		this.writer.start();
	}

	@Override
	public void stop() {
		this.running = false;
		if (this.writer != null) {
			this.writer.interrupt();
			try {
				this.writer.join(TimeUnit.SECONDS.toMillis(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/**
	 * Stops after the web server (which stops at a higher phase) has finished its
	 * requests.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 2048;
	}

	private void writeUntilStopped() {
		List<AuditEvent> batch = new ArrayList<>();
		while (this.running) {
			try {
				AuditEvent first = this.queue.poll(500, TimeUnit.MILLISECONDS);
				if (first != null) {
					batch.add(first);
					this.queue.drainTo(batch, BATCH - 1);
					store(batch);
					batch.clear();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// Keep the events: they go back to the queue and are tried again.
				log.warn("Audit events not stored yet, will retry: {}", ex.getMessage());
				this.queue.addAll(batch);
				batch.clear();
			}
		}
	}

	private void store(List<AuditEvent> batch) {
		this.mongo.insertAll(batch);
		this.pending.addAndGet(-batch.size());
	}

}
