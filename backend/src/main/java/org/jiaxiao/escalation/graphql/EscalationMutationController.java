package org.jiaxiao.escalation.graphql;

import java.security.Principal;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.escalation.EscalationInputs.AcknowledgeEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.AdvanceEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.ApplyForRefundInput;
import org.jiaxiao.escalation.EscalationInputs.OpenEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.RecordEscalationActionInput;
import org.jiaxiao.escalation.EscalationInputs.RefundDecisionInput;
import org.jiaxiao.escalation.EscalationInputs.ResolveEscalationInput;
import org.jiaxiao.escalation.EscalationInputs.TagLossReasonsInput;
import org.jiaxiao.escalation.EscalationOpener;
import org.jiaxiao.escalation.EscalationResult;
import org.jiaxiao.escalation.EscalationWorkflow;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * The escalation mutations; each returns the escalation or the {@code UserError}s that
 * refused the move (a skipped step, a role the step does not allow, a stale version).
 */
@Controller
class EscalationMutationController {

	private final EscalationOpener opener;

	private final EscalationWorkflow workflow;

	EscalationMutationController(EscalationOpener opener, EscalationWorkflow workflow) {
		this.opener = opener;
		this.workflow = workflow;
	}

	@MutationMapping
	EscalationResult openEscalation(@Argument OpenEscalationInput input, Principal principal) {
		return this.opener.open(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult acknowledgeEscalation(@Argument AcknowledgeEscalationInput input, Principal principal) {
		return this.workflow.acknowledge(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult recordEscalationAction(@Argument RecordEscalationActionInput input, Principal principal) {
		return this.workflow.recordAction(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult advanceEscalation(@Argument AdvanceEscalationInput input, Principal principal) {
		return this.workflow.advance(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult resolveEscalation(@Argument ResolveEscalationInput input, Principal principal) {
		return this.workflow.resolve(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult tagLossReasons(@Argument TagLossReasonsInput input, Principal principal) {
		return this.workflow.tagLossReasons(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult applyForRefund(@Argument ApplyForRefundInput input, Principal principal) {
		return this.workflow.applyForRefund(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult reviewRefund(@Argument RefundDecisionInput input, Principal principal) {
		return this.workflow.reviewRefund(Viewers.require(principal), input);
	}

	@MutationMapping
	EscalationResult approveRefund(@Argument RefundDecisionInput input, Principal principal) {
		return this.workflow.approveRefund(Viewers.require(principal), input);
	}

}
