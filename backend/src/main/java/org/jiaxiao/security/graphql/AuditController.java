package org.jiaxiao.security.graphql;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.graphql.StaffBatch;
import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.platform.audit.AuditEvent;
import org.jiaxiao.platform.audit.AuditFilter;
import org.jiaxiao.platform.audit.AuditQueries;
import org.jiaxiao.platform.graphql.ForbiddenException;
import org.jiaxiao.platform.paging.Connection;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The audit trail, for the principal (the campus director at a tutoring centre): who read
 * or changed what about which family, at the viewer's own school or campus only.
 */
@Controller
class AuditController {

	private final AuditQueries audit;

	private final DirectoryService directory;

	AuditController(AuditQueries audit, DirectoryService directory) {
		this.audit = audit;
		this.directory = directory;
	}

	@QueryMapping
	Connection<AuditEvent> auditEvents(@Argument @Nullable AuditFilter filter, @Argument @Nullable Integer first,
			@Argument @Nullable String after, Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		if (!PrivacyPolicy.answersForFamilyRights(viewer)) {
			throw new ForbiddenException(
					"Only the principal (at a tutoring centre, the campus director) may read the audit trail.");
		}
		return this.audit.page(viewer.schoolId(), filter, first, after);
	}

	@BatchMapping(typeName = "AuditEvent")
	Map<AuditEvent, StaffMember> actor(List<AuditEvent> events) {
		return StaffBatch.of(this.directory, events, AuditEvent::actorId);
	}

}
