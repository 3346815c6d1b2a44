package org.jiaxiao.platform.persisted;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How persisted queries are accepted.
 *
 * @param onlyRegistered accept only documents registered in advance (shipped under
 * {@code classpath:persisted-queries/}): no ad-hoc documents, no learning at run time
 * @param learnedMaxEntries at most this many learned documents are kept in memory
 * @param learnedMaxSize and together at most this much document text (a document counts
 * at least its share of the size, {@code learnedMaxSize / learnedMaxEntries})
 */
@ConfigurationProperties("jiaxiao.graphql.persisted-queries")
public record PersistedQueryProperties(boolean onlyRegistered, int learnedMaxEntries,
		@Nullable DataSize learnedMaxSize) {

	public PersistedQueryProperties {
		learnedMaxEntries = (learnedMaxEntries > 0) ? learnedMaxEntries : 1000;
		learnedMaxSize = (learnedMaxSize != null) ? learnedMaxSize : DataSize.ofMegabytes(2);
	}

}
