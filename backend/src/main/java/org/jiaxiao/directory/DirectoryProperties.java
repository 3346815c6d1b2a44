package org.jiaxiao.directory;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the directory keeps what nearly every request reads.
 *
 * @param cacheTtl how long a staff member (found by username or id), a school and a class
 * are kept in memory after being read: the longest a change made to the directory (a new
 * role, a class given or taken away, a new name, a new homeroom teacher) takes to apply.
 * Zero reads every time.
 */
@ConfigurationProperties("jiaxiao.directory")
public record DirectoryProperties(Duration cacheTtl) {

	public DirectoryProperties {
		cacheTtl = (cacheTtl != null) ? cacheTtl : Duration.ofSeconds(30);
		if (cacheTtl.isNegative()) {
			throw new IllegalArgumentException("jiaxiao.directory.cache-ttl must not be negative");
		}
	}

}
