package org.jiaxiao.timeline;

/**
 * Why a contact happened (分类). The first three are every school's; the last three are the
 * phases of the secondary-school rules (docs/DOMAIN.md), which a school uses only when
 * its policy allows them (see {@link ContactKindPolicy}).
 */
public enum ContactKind {

	/** 常规. */
	ROUTINE,

	/** 重点: a student of a focus category. */
	FOCUS,

	/** 立即: right after an incident. */
	IMMEDIATE,

	/** 普访: the general-visit phase of a secondary school. */
	GENERAL_VISIT,

	/** 随访: a follow-up visit aimed at early warning signs. */
	FOLLOW_UP,

	/** 定访: a scheduled visit to a family with special difficulties. */
	SCHEDULED

}
