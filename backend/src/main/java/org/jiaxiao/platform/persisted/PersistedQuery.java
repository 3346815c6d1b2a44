package org.jiaxiao.platform.persisted;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A GraphQL document known by its SHA-256.
 *
 * @param id the lowercase hex SHA-256 of the document
 * @param document the document text
 * @param registered shipped with the app, rather than learned from a client at run time
 */
@Document("persisted_queries")
record PersistedQuery(@Id String id, String document, boolean registered) {
}
