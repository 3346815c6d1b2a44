package org.jiaxiao.escalation.graphql;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.DateRange;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.escalation.ChurnReport;
import org.jiaxiao.escalation.ChurnReports;
import org.jiaxiao.escalation.Escalation;
import org.jiaxiao.escalation.EscalationFilter;
import org.jiaxiao.escalation.EscalationService;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.policy.EscalationChainKind;
import org.jiaxiao.policy.EscalationChainRules;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Escalations in the graph: one, a board's page, the chain in force, the churn report.
 */
@Controller
class EscalationQueryController {

	private final EscalationService escalations;

	private final ChurnReports churn;

	EscalationQueryController(EscalationService escalations, ChurnReports churn) {
		this.escalations = escalations;
		this.churn = churn;
	}

	/** Null when missing or not visible (analysts see none). */
	@QueryMapping
	@Nullable Escalation escalation(@Argument String id, Principal principal) {
		return this.escalations.visible(Viewers.require(principal), id).orElse(null);
	}

	@QueryMapping
	Connection<Escalation> escalations(@Argument @Nullable EscalationFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		return this.escalations.page(Viewers.requireSchoolStaff(principal), filter, first, after);
	}

	@QueryMapping
	@Nullable EscalationChainRules escalationChain(@Argument EscalationChainKind kind, Principal principal) {
		return this.escalations.chain(Viewers.requireSchoolStaff(principal), kind).orElse(null);
	}

	@QueryMapping
	ChurnReport churnReport(@Argument DateRange period, @Argument ChurnReport.GroupBy groupBy, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		return this.churn.report(viewer, period, groupBy);
	}

}
