package org.jiaxiao.directory;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Changes to a household's own records: consents and anonymisation. Each change is one
 * atomic, guarded update of one document, so repeating it changes nothing.
 */
@Service
public class HouseholdRecords {

	/** What a name becomes once erased. */
	public static final String ERASED = "（已匿名）";

	private final MongoTemplate mongo;

	HouseholdRecords(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Appends a consent unless one with its id is already there. */
	public void addConsent(String householdId, Consent consent) {
		Query notYetThere = Query.query(where("_id").is(householdId).and("consents._id").ne(consent.id()));
		this.mongo.updateFirst(notYetThere, new Update().push("consents", consent), Household.class);
	}

	/** Marks a consent withdrawn (once: a later call keeps the first time). */
	public Optional<Consent> withdrawConsent(String householdId, String consentId, Instant at) {
		Update withdraw = new Update().set("consents.$[open].withdrawnAt", at)
			.filterArray(where("open._id").is(consentId).and("open.withdrawnAt").is(null));
		this.mongo.updateFirst(Query.query(where("_id").is(householdId)), withdraw, Household.class);
		Household household = this.mongo.findById(householdId, Household.class);
		if (household == null || household.consents() == null) {
			return Optional.empty();
		}
		return household.consents().stream().filter((consent) -> consent.id().equals(consentId)).findFirst();
	}

	/**
	 * Removes what identifies the family: guardians' names and phones, the address and
	 * the situation, the children's names and categories. Ids, classes and counters stay,
	 * so anonymous figures keep adding up.
	 */
	public void anonymise(String householdId) {
		this.mongo.updateFirst(Query.query(where("_id").is(householdId)),
				new Update().set("guardians.$[].name", ERASED)
					.unset("guardians.$[].phone")
					.unset("address")
					.unset("situation"),
				Household.class);
		this.mongo.updateMulti(Query.query(where("householdId").is(householdId)),
				new Update().set("name", ERASED).unset("focusCategories"), Student.class);
	}

}
