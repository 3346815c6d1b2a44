package org.jiaxiao.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Collects one request body as its bytes arrive, on whichever container thread has them,
 * and ends the request one way only: dispatched with the whole body, refused as too
 * large, refused as too slow (the asynchronous timeout), or dropped when the client went
 * away.
 */
final class BodyReader implements ReadListener, AsyncListener {

	private final AsyncContext async;

	private final ServletInputStream in;

	private final long maxSize;

	private final GraphQlErrors errors;

	private final Consumer<byte[]> onBody;

	private final ByteArrayOutputStream body;

	private final byte[] buffer = new byte[8192];

	/** Set by the first outcome; the body's end and the timeout can race. */
	private final AtomicBoolean ended = new AtomicBoolean();

	/**
	 * Goes on from the bytes of the body read before, which had arrived already.
	 */
	BodyReader(AsyncContext async, ServletInputStream in, ByteArrayOutputStream received, long maxSize,
			GraphQlErrors errors, Consumer<byte[]> onBody) {
		this.async = async;
		this.in = in;
		this.body = received;
		this.maxSize = maxSize;
		this.errors = errors;
		this.onBody = onBody;
	}

	@Override
	public void onDataAvailable() throws IOException {
		while (!this.ended.get() && this.in.isReady()) {
			int read = this.in.read(this.buffer);
			if (read < 0) {
				return;
			}
			if (this.body.size() + read > this.maxSize) {
				if (this.ended.compareAndSet(false, true)) {
					this.errors.tooLarge(response(), this.maxSize);
					this.async.complete();
				}
				return;
			}
			this.body.write(this.buffer, 0, read);
		}
	}

	@Override
	public void onAllDataRead() {
		if (this.ended.compareAndSet(false, true)) {
			this.onBody.accept(this.body.toByteArray());
			this.async.dispatch();
		}
	}

	@Override
	public void onError(Throwable failure) {
		// The client closed the connection or a read failed: there is no one to answer.
		if (this.ended.compareAndSet(false, true)) {
			this.async.complete();
		}
	}

	@Override
	public void onTimeout(AsyncEvent event) throws IOException {
		if (this.ended.compareAndSet(false, true)) {
			this.errors.timedOut(response());
			this.async.complete();
		}
	}

	@Override
	public void onError(AsyncEvent event) {
		onError(event.getThrowable());
	}

	@Override
	public void onComplete(AsyncEvent event) {
	}

	@Override
	public void onStartAsync(AsyncEvent event) {
	}

	private HttpServletResponse response() {
		return (HttpServletResponse) this.async.getResponse();
	}

}
