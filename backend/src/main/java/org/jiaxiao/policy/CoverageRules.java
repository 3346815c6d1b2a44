package org.jiaxiao.policy;

import java.util.List;

import org.jiaxiao.timeline.ContactForm;

/**
 * Family coverage by face-to-face contact (the secondary-school rule).
 *
 * @param faceToFacePercentPerSchoolYear share of a class's families met face to face each
 * school year, in percent
 * @param everyFamilyWithinYears every family contacted within this many school years
 * @param faceToFaceForms the forms that count as face to face
 */
public record CoverageRules(double faceToFacePercentPerSchoolYear, int everyFamilyWithinYears,
		List<ContactForm> faceToFaceForms) {
}
