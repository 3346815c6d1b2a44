package org.jiaxiao.task;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.jiaxiao.timeline.TimelineEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns timeline events into obligations and closes obligations a contact satisfies.
 * Every step is idempotent, so a retried request publishing again changes nothing. A
 * failure here never fails the teacher's request: the record is already stored, and the
 * failure is logged.
 */
@Component
class ObligationListener {

	private static final Logger log = LoggerFactory.getLogger(ObligationListener.class);

	private final ObligationWriter writer;

	ObligationListener(ObligationWriter writer) {
		this.writer = writer;
	}

	@EventListener
	void on(TimelineEvent event) {
		try {
			if (event instanceof TimelineEvent.IncidentRecorded recorded) {
				this.writer.forIncident(recorded.schoolId(), recorded.incident());
			}
			else if (event instanceof TimelineEvent.ContactRecorded recorded) {
				this.writer.forFollowUps(recorded.schoolId(), recorded.contact());
				this.writer.satisfy(recorded.contact());
			}
			else if (event instanceof TimelineEvent.ContactAmended amended) {
				this.writer.forFollowUps(amended.schoolId(), amended.contact());
				this.writer.satisfy(amended.contact());
			}
			else if (event instanceof TimelineEvent.ContactRetracted retracted) {
				this.writer.reopen(retracted.contact());
			}
		}
		catch (RuntimeException ex) {
			log.warn("Obligations not updated for {}: {}", event.getClass().getSimpleName(), ex.getMessage(), ex);
		}
	}

}
