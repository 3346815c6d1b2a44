package org.jiaxiao.directory;

import java.util.Set;

/**
 * Who may see which sensitive personal information, in one place. Minors' data is
 * sensitive by law (PIPL art. 28): each role gets the minimum it needs.
 *
 * <table>
 * <caption>Sensitive fields by the viewer's relation to the student</caption>
 * <tr>
 * <th>field</th>
 * <th>principal, 德育处</th>
 * <th>grade leader (own grade)</th>
 * <th>homeroom teacher (own class)</th>
 * <th>subject teacher</th>
 * <th>analyst</th>
 * </tr>
 * <tr>
 * <td>focus categories, family situation</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>yes</td>
 * <td>no (masked)</td>
 * <td>never sees a student</td>
 * </tr>
 * <tr>
 * <td>guardian phone</td>
 * <td>德育处 full, principal masked</td>
 * <td>masked</td>
 * <td>full</td>
 * <td>full</td>
 * <td>—</td>
 * </tr>
 * </table>
 */
public final class PrivacyPolicy {

	/** Field names as the schema's {@code maskedFields} reports them. */
	public static final String FOCUS_CATEGORIES = "focusCategories";

	public static final String SITUATION = "situation";

	/** Roles that phone families themselves and so need the whole number. */
	private static final Set<StaffRole> CONTACTING_ROLES = Set.of(StaffRole.HOMEROOM_TEACHER, StaffRole.SUBJECT_TEACHER,
			StaffRole.MORAL_EDUCATION, StaffRole.LEARNING_MANAGER, StaffRole.CONSULTANT);

	private PrivacyPolicy() {
	}

	/** Focus categories and family situation of this student's family. */
	public static boolean maySeeSensitive(StaffMember viewer, Student student) {
		if (!viewer.schoolId().equals(student.schoolId())) {
			return false;
		}
		if (viewer.roles().stream().anyMatch(StaffRole::seesWholeSchool)) {
			return true;
		}
		if (viewer.hasRole(StaffRole.GRADE_LEADER) && viewer.gradesLed().contains(student.grade())) {
			return true;
		}
		return viewer.assignments()
			.stream()
			.anyMatch((assignment) -> assignment.homeroom() && assignment.classId().equals(student.classId()));
	}

	/**
	 * Who answers for a family's rights at the viewer's own school or campus: reads its
	 * audit trail, exports and erases a family's records. The principal at a school; the
	 * campus director (校区总监) at a tutoring centre, which has no principal but the same
	 * duties towards the families it holds (PIPL art. 45, 47). Both act on their own
	 * school or campus only: every read is filtered by the viewer's school.
	 */
	public static boolean answersForFamilyRights(StaffMember viewer) {
		return viewer.hasRole(StaffRole.PRINCIPAL) || viewer.hasRole(StaffRole.CAMPUS_DIRECTOR);
	}

	public static boolean maySeeFullPhone(StaffMember viewer) {
		return viewer.roles().stream().anyMatch(CONTACTING_ROLES::contains);
	}

	/**
	 * 王小明 → 王**: the family name only, for those who handle a family's matter without
	 * seeing the family (finance reviewing a refund).
	 */
	public static String maskName(String name) {
		String stripped = name.strip();
		if (stripped.isEmpty()) {
			return "*";
		}
		int first = stripped.offsetByCodePoints(0, 1);
		return stripped.substring(0, first)
				+ "*".repeat(Math.max(1, stripped.codePointCount(first, stripped.length())));
	}

	/** 13812345678 → 138****5678: enough to recognise, not to call. */
	public static String maskPhone(String phone) {
		if (phone.length() < 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
