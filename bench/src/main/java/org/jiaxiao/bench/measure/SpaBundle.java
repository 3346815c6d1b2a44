package org.jiaxiao.bench.measure;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

import org.jspecify.annotations.Nullable;

/**
 * The SPA's first-load JavaScript: the module script and the module preloads that
 * {@code index.html} names, gzipped (level 6, what servers use), as a browser on a first
 * visit downloads them. Read from the built SPA the app serves (the frontend jar on the
 * classpath), or from {@code frontend/target/classes/static}.
 */
public final class SpaBundle {

	private static final Pattern FIRST_LOAD = Pattern
		.compile("<(?:script[^>]*\\ssrc|link[^>]*rel=\"modulepreload\"[^>]*\\shref)=\"([^\"]+\\.js)\"");

	private SpaBundle() {
	}

	public static Spa measure() {
		Source source = find();
		if (source == null) {
			return new Spa(false, "not built (no static/index.html on the classpath or in frontend/target)", 0, 0,
					List.of());
		}
		String index = new String(source.read("index.html"), StandardCharsets.UTF_8);
		Matcher matcher = FIRST_LOAD.matcher(index);
		long raw = 0;
		long gzip = 0;
		List<String> files = new ArrayList<>();
		while (matcher.find()) {
			String file = matcher.group(1).replaceFirst("^/", "");
			byte[] bytes = source.read(file);
			raw += bytes.length;
			gzip += gzip(bytes);
			files.add(file);
		}
		return new Spa(true, source.name(), raw, gzip, files);
	}

	private static @Nullable Source find() {
		if (SpaBundle.class.getClassLoader().getResource("static/index.html") != null) {
			return new Source("the frontend jar the app serves (classpath static/)", (file) -> {
				try (InputStream in = SpaBundle.class.getClassLoader().getResourceAsStream("static/" + file)) {
					if (in == null) {
						throw new IOException("missing static/" + file);
					}
					return in.readAllBytes();
				}
			});
		}
		Path dir = Path.of("frontend", "target", "classes", "static");
		if (Files.exists(dir.resolve("index.html"))) {
			return new Source(dir.toString(), (file) -> Files.readAllBytes(dir.resolve(file)));
		}
		return null;
	}

	static long gzip(byte[] bytes) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream zip = new GZIPOutputStream(out) {
			{
				this.def.setLevel(Deflater.DEFAULT_COMPRESSION);
			}
		}) {
			zip.write(bytes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.size();
	}

	private record Source(String name, Reader reader) {

		byte[] read(String file) {
			try {
				return this.reader.read(file);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

	@FunctionalInterface
	private interface Reader {

		byte[] read(String file) throws IOException;

	}

	/**
	 * The first-load figures.
	 *
	 * @param built whether a built SPA was found
	 * @param source where it was read
	 * @param rawBytes first-load JS, uncompressed
	 * @param gzipBytes first-load JS, gzipped
	 * @param files the files counted
	 */
	public record Spa(boolean built, String source, long rawBytes, long gzipBytes, List<String> files) {
	}

}
