package org.jiaxiao.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;

/**
 * The CSP hashes ({@code 'sha256-…'}) of the inline scripts in Spring for GraphQL's
 * GraphiQL page (an import map and a module script), computed from the page the app
 * serves, so GraphiQL runs without {@code 'unsafe-inline'} and a library upgrade that
 * changes the page cannot silently break it or widen the policy.
 */
final class GraphiQlPageHashes {

	static final String PAGE = "graphiql/index.html";

	private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>(.*?)</script>",
			Pattern.DOTALL);

	private GraphiQlPageHashes() {
	}

	/** The hash sources, space separated; empty when the page is not on the classpath. */
	static String sources() {
		Resource page = new ClassPathResource(PAGE);
		if (!page.exists()) {
			return "";
		}
		try (InputStream in = page.getInputStream()) {
			return String.join(" ", of(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> of(String html) {
		List<String> hashes = new ArrayList<>();
		Matcher matcher = INLINE_SCRIPT.matcher(html);
		while (matcher.find()) {
			hashes.add("'sha256-" + Base64.getEncoder().encodeToString(sha256(matcher.group(1))) + "'");
		}
		return hashes;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
