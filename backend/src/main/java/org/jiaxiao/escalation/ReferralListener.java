package org.jiaxiao.escalation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A contact or incident flagged as needing the school goes to the moral-education office
 * at once (000): this opens the referral when the timeline reports the entry recorded, or
 * amended to be flagged. Opening is idempotent per entry and student, so a retried
 * request publishing again opens nothing more; a failure here never fails the teacher's
 * request (the record is stored) and is logged.
 */
@Component
class ReferralListener {

	private static final Logger log = LoggerFactory.getLogger(ReferralListener.class);

	private final EscalationOpener opener;

	ReferralListener(EscalationOpener opener) {
		this.opener = opener;
	}

	@EventListener
	void on(TimelineEvent event) {
		try {
			if (event instanceof TimelineEvent.ContactRecorded recorded) {
				refer(recorded.schoolId(), recorded.contact());
			}
			else if (event instanceof TimelineEvent.ContactAmended amended) {
				refer(amended.schoolId(), amended.contact());
			}
			else if (event instanceof TimelineEvent.IncidentRecorded recorded && recorded.incident().needsSchool()) {
				this.opener.referFlaggedEntry(recorded.schoolId(), recorded.incident());
			}
		}
		catch (RuntimeException ex) {
			log.warn("No referral opened for {}: {}", event.getClass().getSimpleName(), ex.getMessage(), ex);
		}
	}

	private void refer(String schoolId, Contact contact) {
		if (contact.needsSchool() && !contact.retracted()) {
			this.opener.referFlaggedEntry(schoolId, contact);
		}
	}

}
