package org.jiaxiao.task;

import java.util.Map;

import org.jiaxiao.timeline.Incident;
import org.jiaxiao.timeline.IncidentKind;

/** Short words for an incident in a task's title. */
final class IncidentTitles {

	private static final Map<IncidentKind, String> KINDS = Map.of(IncidentKind.ILLNESS_ABSENCE, "病假",
			IncidentKind.FAMILY_EVENT, "家庭重大变故", IncidentKind.INJURY, "受伤/意外", IncidentKind.TRUANCY, "无故缺课",
			IncidentKind.DISCIPLINE, "严重违纪", IncidentKind.AWARD, "显著进步/获奖", IncidentKind.OTHER, "重要情况");

	private IncidentTitles() {
	}

	static String describe(Incident incident) {
		String kind = KINDS.getOrDefault(incident.kind(), incident.kind().name());
		return (incident.days() != null && incident.kind() == IncidentKind.ILLNESS_ABSENCE)
				? kind + " " + incident.days() + " 天" : kind;
	}

}
