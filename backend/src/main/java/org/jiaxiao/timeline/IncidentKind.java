package org.jiaxiao.timeline;

/** What happened to a student; each calls for an immediate contact (立即家访). */
public enum IncidentKind {

	ILLNESS_ABSENCE, FAMILY_EVENT, INJURY, TRUANCY, DISCIPLINE, AWARD, OTHER

}
