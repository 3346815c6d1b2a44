package org.jiaxiao.escalation;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.notification.NotificationKind;
import org.jiaxiao.notification.NotificationService;
import org.jiaxiao.platform.sweep.SweepTask;
import org.jiaxiao.policy.EscalationStepRule;
import org.jiaxiao.policy.PolicyService;

import org.springframework.stereotype.Component;

/**
 * The escalations' part of the compliance sweep (same schedule, same lease): referrals
 * whose flagged entry's event was lost are opened, a step past its deadline is flagged
 * overdue once, with an OVERDUE event in the escalation's history, and outside the
 * school's quiet hours its owner role and the next step's owner role are told in the app,
 * each person once. Running it again changes nothing.
 */
@Component
class EscalationSweep implements SweepTask {

	private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("M月d日 HH:mm");

	private final EscalationStore store;

	private final NotificationService notifications;

	private final DirectoryService directory;

	private final PolicyService policies;

	private final EscalationOpener opener;

	EscalationSweep(EscalationStore store, NotificationService notifications, DirectoryService directory,
			PolicyService policies, EscalationOpener opener) {
		this.opener = opener;
		this.store = store;
		this.notifications = notifications;
		this.directory = directory;
		this.policies = policies;
	}

	@Override
	public int run(Instant now) {
		int changes = this.opener.catchUp(now);
		Map<String, ZoneId> zones = new HashMap<>();
		for (Escalation escalation : this.store.overdue(now)) {
			EscalationStep step = escalation.currentStep();
			if (step == null) {
				continue;
			}
			ZoneId zone = zones.computeIfAbsent(escalation.schoolId(), (id) -> this.directory.school(id).zone());
			if (!escalation.flaggedOverdue(step.key())) {
				String note = "截止 " + DUE.format(step.dueAt().atZone(zone));
				EscalationEvent event = new EscalationEvent(now, null, EscalationEventType.OVERDUE, step.key(), note,
						null);
				if (this.store.flagOverdue(escalation, step.key(), event)) {
					changes++;
				}
			}
			if (!escalation.noticed(step.key()) && !quiet(escalation.schoolId(), zone, now)) {
				changes += notify(escalation, step, now);
				this.store.markNoticed(escalation.id(), step.key());
			}
		}
		return changes;
	}

	/** Notices to the step's owners and the next step's, each person once. */
	private int notify(Escalation escalation, EscalationStep step, Instant now) {
		Set<StaffRole> roles = new LinkedHashSet<>();
		roles.add(step.ownerRole());
		escalation.chain().after(step.key()).map(EscalationStepRule::ownerRole).ifPresent(roles::add);
		List<StaffMember> staff = this.directory.staffWithRoles(escalation.schoolId(), roles);
		String title = "升级事项逾期：" + step.name() + "（" + chainName(escalation) + "）";
		int created = 0;
		for (StaffMember member : staff) {
			boolean concerned = member.id().equals(step.ownerId())
					|| roles.stream().anyMatch((role) -> EscalationAccess.concerns(member, role, escalation));
			if (concerned && this.notifications.notifyAboutEscalation(escalation.schoolId(), member.id(),
					escalation.id(), step.key(), NotificationKind.OVERDUE, title, step.dueAt(), now)) {
				created++;
			}
		}
		return created;
	}

	private boolean quiet(String schoolId, ZoneId zone, Instant now) {
		return this.policies.inForce(schoolId, now.atZone(zone).toLocalDate())
			.rules()
			.reminders()
			.quietAt(now.atZone(zone).toLocalTime());
	}

	private static String chainName(Escalation escalation) {
		return switch (escalation.kind()) {
			case SCHOOL_REFERRAL -> "德育处转介";
			case RETENTION -> "保单流程";
		};
	}

}
