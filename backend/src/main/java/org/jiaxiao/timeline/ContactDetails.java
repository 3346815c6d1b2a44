package org.jiaxiao.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the paper visit record (《家访记录》) asks a teacher to write down, beyond the summary.
 *
 * @param place where
 * @param durationMinutes how long
 * @param otherParticipants others taking part
 * @param studentPresent whether the student was there
 * @param schoolReport what the school told the family (study, life, conduct)
 * @param familyReport what the family told the school (self-study, chores, elders)
 * @param familySituationObserved family situation observed: sensitive
 * @param homeLearningGuidance guidance on learning at home
 * @param analysis 有分析
 * @param countermeasure 有对策
 * @param agreedMeasures measures agreed with the family
 * @param followUps follow-up actions
 * @param needsSchool whether a matter needs the school
 * @param schoolMatter the matter
 * @param answersIncidentId the incident this contact answered
 */
public record ContactDetails(@Nullable String place, @Nullable Integer durationMinutes,
		@Nullable String otherParticipants, @Nullable Boolean studentPresent, @Nullable String schoolReport,
		@Nullable String familyReport, @Nullable String familySituationObserved, @Nullable String homeLearningGuidance,
		@Nullable String analysis, @Nullable String countermeasure, @Nullable String agreedMeasures,
		@Nullable List<FollowUpAction> followUps, boolean needsSchool, @Nullable String schoolMatter,
		@Nullable String answersIncidentId) {

	public static final ContactDetails NONE = new ContactDetails(null, null, null, null, null, null, null, null, null,
			null, null, List.of(), false, null, null);

}
