package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A family's refund (退费): the written application (name, date, reason), finance's review,
 * then the president's decision.
 *
 * @param contractId the contract to refund
 * @param applicantName the applicant's name as written
 * @param appliedOn the date on the application
 * @param reason the reason the family gave
 * @param recordedAt when the application was recorded
 * @param recordedById who recorded it
 * @param financeReview finance's review, once made
 * @param presidentDecision the president's decision, once made
 */
public record Refund(String contractId, String applicantName, LocalDate appliedOn, String reason, Instant recordedAt,
		String recordedById, @Nullable RefundDecision financeReview, @Nullable RefundDecision presidentDecision) {

	Refund withFinanceReview(RefundDecision review) {
		return new Refund(this.contractId, this.applicantName, this.appliedOn, this.reason, this.recordedAt,
				this.recordedById, review, this.presidentDecision);
	}

	Refund withPresidentDecision(RefundDecision decision) {
		return new Refund(this.contractId, this.applicantName, this.appliedOn, this.reason, this.recordedAt,
				this.recordedById, this.financeReview, decision);
	}

	boolean financeApproved() {
		return this.financeReview != null && this.financeReview.approved();
	}

}
