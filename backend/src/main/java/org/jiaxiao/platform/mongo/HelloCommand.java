package org.jiaxiao.platform.mongo;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The embedded server answers {@code isMaster} but not its successor {@code hello}, which
 * MongoDB's own health check sends. An instance reaching another instance's embedded
 * server through its port (two instances, one store) needs it to be ready.
 */
final class HelloCommand {

	static final String NAME = "hello";

	private HelloCommand() {
	}

	static boolean is(String command) {
		return NAME.equalsIgnoreCase(command);
	}

	/** The {@code isMaster} answer in the words of {@code hello}. */
	static Document from(Document isMasterAnswer) {
		Document answer = new Document(isMasterAnswer);
		answer.put("isWritablePrimary", Boolean.TRUE);
		return answer;
	}

}
