package org.jiaxiao.platform.mongo;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.h2.mvstore.MVStore;
import org.jspecify.annotations.Nullable;

/**
 * Makes a change to the store durable before the server answers, sharing one commit among
 * all the writers waiting at the same time (group commit).
 * <p>
 * A caller that has changed the store (or read something another writer has not committed
 * yet) calls {@link #awaitDurable()}: it returns once a commit that started after the
 * call has finished. One waiting caller does the commit while the others wait for it;
 * whoever arrives during a commit waits for the next one, which then holds every change
 * made meanwhile. A commit that fails (disk full, I/O error) makes H2 close the store;
 * from then on every caller gets the failure, so nothing that was not stored is
 * acknowledged.
 */
final class GroupCommit {

	private final MVStore store;

	private final boolean fsync;

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition finished = this.lock.newCondition();

	/** Commits started so far; the running one, if any, is number {@link #started}. */
	private long started;

	/** Commits finished so far. */
	private long done;

	private boolean running;

	private volatile @Nullable RuntimeException failure;

	GroupCommit(MVStore store, boolean fsync) {
		this.store = store;
		this.fsync = fsync;
	}

	/**
	 * Returns once everything changed in the store before this call is in the file (and
	 * on the disk with fsync).
	 * @throws StoreFailedException when the store could not write (then it is closed)
	 */
	void awaitDurable() {
		this.lock.lock();
		try {
			noteClosedStore();
			checkFailure();
			if (!this.running && !this.store.hasUnsavedChanges()) {
				// No commit is under way and nothing is waiting for one: all changes are
				// stored.
				return;
			}
			long needed = this.started + 1;
			while (this.done < needed) {
				checkFailure();
				if (this.running) {
					this.finished.awaitUninterruptibly();
				}
				else {
					commitAsLeader();
				}
			}
			checkFailure();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The failure that closed the store, or null while it works. */
	@Nullable RuntimeException failure() {
		return this.failure;
	}

	/** Runs one commit for everyone waiting; the lock is released while it writes. */
	private void commitAsLeader() {
		this.running = true;
		long number = ++this.started;
		this.lock.unlock();
		RuntimeException failed = null;
		try {
			this.store.commit();
			if (this.fsync) {
				this.store.sync();
			}
			// H2 closes the store when a write fails, and a closed store's commit does
			// nothing: neither may pass for a stored commit.
			if (this.store.getPanicException() != null) {
				throw this.store.getPanicException();
			}
			if (this.store.isClosed()) {
				throw new IllegalStateException("The store is closed");
			}
		}
		catch (RuntimeException ex) {
			failed = ex;
		}
		finally {
			this.lock.lock();
			if (failed != null) {
				this.failure = failed;
			}
			this.done = number;
			this.running = false;
			this.finished.signalAll();
		}
	}

	/** A store H2 closed (a failed write) has no unsaved changes, yet stored nothing. */
	private void noteClosedStore() {
		if (this.failure == null && !this.running) {
			RuntimeException panic = this.store.getPanicException();
			if (panic != null) {
				this.failure = panic;
			}
			else if (this.store.isClosed()) {
				this.failure = new IllegalStateException("The store is closed");
			}
		}
	}

	private void checkFailure() {
		RuntimeException cause = this.failure;
		if (cause != null) {
			throw new StoreFailedException(cause);
		}
	}

	/** The store could not write a commit and was closed; nothing after it is stored. */
	static final class StoreFailedException extends RuntimeException {

		StoreFailedException(RuntimeException cause) {
			super("The data file could not be written: " + cause.getMessage(), cause);
		}

	}

}
