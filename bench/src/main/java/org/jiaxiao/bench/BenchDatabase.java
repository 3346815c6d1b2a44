package org.jiaxiao.bench;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Keeps the benchmark away from real data on a real MongoDB: it writes into the URI's
 * database ({@value #DEFAULT} when the URI names none), drops it first only when its name
 * starts with {@value #DEFAULT}, and refuses any other database that already holds
 * students.
 */
final class BenchDatabase {

	static final String DEFAULT = "jiaxiao_bench";

	private BenchDatabase() {
	}

	/** The URI with {@value #DEFAULT} as its database when it names none. */
	static String withDatabase(String uri) {
		if (new ConnectionString(uri).getDatabase() != null) {
			return uri;
		}
		int hosts = uri.indexOf("://") + 3;
		int slash = uri.indexOf('/', hosts);
		int query = uri.indexOf('?', hosts);
		if (slash >= 0) {
			return uri.substring(0, slash + 1) + DEFAULT + uri.substring(slash + 1);
		}
		if (query >= 0) {
			return uri.substring(0, query) + "/" + DEFAULT + uri.substring(query);
		}
		return uri + "/" + DEFAULT;
	}

	static void prepare(String uri) {
		ConnectionString connection = new ConnectionString(uri);
		try (MongoClient client = MongoClients.create(connection)) {
			MongoDatabase db = client.getDatabase(connection.getDatabase());
			if (db.getName().startsWith(DEFAULT)) {
				db.drop();
				return;
			}
			if (db.getCollection("students").estimatedDocumentCount() > 0) {
				throw new IllegalStateException("Database " + db.getName()
						+ " already holds students: the benchmark writes only into an empty database or one named "
						+ DEFAULT + "…");
			}
		}
	}

}
