package org.jiaxiao.platform.mongo;

import java.util.List;

import org.bson.Document;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * {@code $elemMatch} over an array of sub-documents (a timeline) written as
 * {@code {$elemMatch: {$and: [{a: …}, {b: …}]}}}. MongoDB reads it exactly as
 * {@code {$elemMatch: {a: …, b: …}}} (the nested {@code $and} is flattened, the index
 * bounds are the same), but the embedded server, given only field names, first compares
 * every element with the condition as a whole document, copying both, before it matches
 * field by field; over the timelines of a school that comparison was a third of the
 * embedded server's work for a compliance report (decision 11). With an operator as its
 * key the condition is matched field by field at once.
 */
public final class ElementMatch {

	private ElementMatch() {
	}

	/** An element for which every condition holds, for a {@link Document} query. */
	public static Document allOf(Document... conditions) {
		return new Document("$elemMatch", new Document("$and", List.of(conditions)));
	}

	/** An element for which every condition holds, for {@link Criteria#elemMatch}. */
	public static Criteria allOf(Criteria... conditions) {
		return new Criteria().andOperator(conditions);
	}

}
