package org.jiaxiao.platform.mongo;

/**
 * When the embedded MongoDB writes what it was given to its data file, and so what a
 * crash can lose. See docs/decisions/0014-acknowledged-means-stored.md.
 */
public enum CommitMode {

	/**
	 * Each write is written to the file (handed to the operating system) before the
	 * server acknowledges it; concurrent writers share one commit. A crash or
	 * {@code kill -9} of the app loses no acknowledged write; a power cut may lose the
	 * last moments.
	 */
	PER_WRITE,

	/**
	 * As {@link #PER_WRITE}, and the file is also forced to the disk ({@code fsync})
	 * before the acknowledgement: a power cut loses nothing acknowledged either.
	 */
	PER_WRITE_FSYNC,

	/**
	 * The embedded server replies at once; the HTTP response waits instead, after the
	 * whole request, for one commit holding all its writes ({@code RequestCommitFilter}).
	 * Writes outside a request (start-up loading and repairs, the scheduled sweep) are
	 * committed within a second. A crash or {@code kill -9} of the app loses no
	 * acknowledged write; a power cut may lose the last moments.
	 */
	PER_REQUEST,

	/**
	 * As {@link #PER_REQUEST}, and the file is also forced to the disk ({@code fsync}).
	 */
	PER_REQUEST_FSYNC,

	/**
	 * H2's own background commit, about once a second: fastest, but a crash loses the
	 * writes of the last second although they were acknowledged. For benchmarks and
	 * throwaway data only.
	 */
	BACKGROUND;

	/** Whether the HTTP response, not each reply of the embedded server, waits. */
	boolean perRequest() {
		return this == PER_REQUEST || this == PER_REQUEST_FSYNC;
	}

	boolean fsync() {
		return this == PER_WRITE_FSYNC || this == PER_REQUEST_FSYNC;
	}

}
