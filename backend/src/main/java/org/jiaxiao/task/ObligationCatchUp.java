package org.jiaxiao.task;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bson.Document;

import org.jiaxiao.platform.mongo.ElementMatch;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.Incident;
import org.jiaxiao.tutoring.Contracts;
import org.jiaxiao.tutoring.TutoringContract;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The sweep's safety net for events that never reached the listener (the app stopped
 * between storing an entry and publishing its event): the incidents and contacts recorded
 * in the last few days are read back with one aggregation and fed to the same idempotent
 * steps the listener runs, and so are the tutoring contracts signed in the last week (the
 * demo centre's too, which are loaded without events). What the listener already did is
 * found done and left alone.
 */
@Component
class ObligationCatchUp {

	/** How far back entries are read again: longer than any plausible outage. */
	static final Duration WINDOW = Duration.ofDays(3);

	/**
	 * Contracts signed this many days back get their onboarding chain made sure of: a
	 * contract is often entered a few days after it is signed.
	 */
	static final int CONTRACT_DAYS = 7;

	private static final List<String> KINDS = List.of("incident", "contact");

	private final MongoTemplate mongo;

	private final ObligationWriter writer;

	private final Contracts contracts;

	private final OnboardingObligations onboarding;

	ObligationCatchUp(MongoTemplate mongo, ObligationWriter writer, Contracts contracts,
			OnboardingObligations onboarding) {
		this.mongo = mongo;
		this.writer = writer;
		this.contracts = contracts;
		this.onboarding = onboarding;
	}

	/**
	 * Runs the listener's steps again for the entries recorded in the window before
	 * {@code now}.
	 * @return obligations created or closed now (0 when nothing was missed)
	 */
	int run(Instant now) {
		Document recorded = new Document("$gte", Date.from(now.minus(WINDOW))).append("$lt", Date.from(now));
		List<Document> pipeline = List.of(
				new Document("$match",
						new Document("timeline",
								ElementMatch.allOf(new Document("_class", new Document("$in", KINDS)),
										new Document("recordedAt", recorded)))),
				new Document("$project", new Document("schoolId", 1).append("timeline", 1)),
				new Document("$unwind", "$timeline"),
				new Document("$match",
						new Document("timeline._class", new Document("$in", KINDS))
							.append("timeline.recordedAt", recorded)
							.append("timeline.retraction", null)),
				// A contact shared by siblings is on each of their timelines: once.
				new Document("$group",
						new Document("_id", "$timeline._id").append("schoolId", new Document("$first", "$schoolId"))
							.append("entry", new Document("$first", "$timeline"))),
				new Document("$sort", new Document("_id", 1)));
		List<Document> rows = new ArrayList<>();
		this.mongo.getCollection(StudentFacts.STUDENTS).aggregate(pipeline).into(rows);
		int changed = 0;
		for (Document row : rows) {
			String schoolId = row.getString("schoolId");
			Document entry = row.get("entry", Document.class);
			if ("incident".equals(entry.getString("_class"))) {
				Incident incident = this.mongo.getConverter().read(Incident.class, entry);
				changed += this.writer.forIncident(schoolId, incident).isPresent() ? 1 : 0;
			}
			else {
				Contact contact = this.mongo.getConverter().read(Contact.class, entry);
				changed += this.writer.forFollowUps(schoolId, contact).size();
				changed += this.writer.satisfy(contact);
			}
		}
		return changed + contracts(now);
	}

	/**
	 * The onboarding chains of the contracts signed in the last week, as of {@code now}.
	 */
	private int contracts(Instant now) {
		// A day either side of any zone: the window is a week, not a deadline.
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		int changed = 0;
		for (TutoringContract contract : this.contracts.activeSignedSince(today.minusDays(CONTRACT_DAYS))) {
			if (!contract.signedOn().isAfter(today.plusDays(1))) {
				changed += this.onboarding.apply(contract, now, false);
			}
		}
		return changed;
	}

}
