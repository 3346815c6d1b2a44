package org.jiaxiao.platform.mongo;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code fulldisk:/path}) over the real one whose writes fail, as on a
 * full disk, once {@link #fill()} is called: a full disk without root, a small tmpfs or
 * timing luck, the same in CI and on a laptop.
 */
public final class FullDiskFilePath extends FilePathWrapper {

	public static final String SCHEME = "fulldisk";

	private static volatile boolean full;

	static {
		FilePath.register(new FullDiskFilePath());
	}

	/** Makes the scheme known to H2; call before the store opens. */
	public static void register() {
		// The static initialiser registers it once.
	}

	/** From now on every write fails with "No space left on device". */
	public static void fill() {
		full = true;
	}

	/** Writes succeed again. */
	public static void free() {
		full = false;
	}

	@Override
	public String getScheme() {
		return SCHEME;
	}

	@Override
	public FileChannel open(String mode) throws IOException {
		return new FullDiskChannel(super.open(mode));
	}

	private static final class FullDiskChannel extends FileBase {

		private final FileChannel base;

		FullDiskChannel(FileChannel base) {
			this.base = base;
		}

		@Override
		public int read(ByteBuffer dst) throws IOException {
			return this.base.read(dst);
		}

		@Override
		public int read(ByteBuffer dst, long position) throws IOException {
			return this.base.read(dst, position);
		}

		@Override
		public int write(ByteBuffer src) throws IOException {
			failIfFull();
			return this.base.write(src);
		}

		@Override
		public int write(ByteBuffer src, long position) throws IOException {
			failIfFull();
			return this.base.write(src, position);
		}

		@Override
		public long position() throws IOException {
			return this.base.position();
		}

		@Override
		public FileChannel position(long newPosition) throws IOException {
			this.base.position(newPosition);
			return this;
		}

		@Override
		public long size() throws IOException {
			return this.base.size();
		}

		@Override
		public FileChannel truncate(long size) throws IOException {
			this.base.truncate(size);
			return this;
		}

		@Override
		public void force(boolean metaData) throws IOException {
			this.base.force(metaData);
		}

		@Override
		public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
			return this.base.tryLock(position, size, shared);
		}

		@Override
		protected void implCloseChannel() throws IOException {
			this.base.close();
		}

		private static void failIfFull() throws IOException {
			if (full) {
				throw new IOException("No space left on device");
			}
		}

	}

}
