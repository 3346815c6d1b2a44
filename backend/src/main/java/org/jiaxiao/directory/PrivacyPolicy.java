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

	public static boolean maySeeFullPhone(StaffMember viewer) {
		return viewer.roles().stream().anyMatch(CONTACTING_ROLES::contains);
	}

	/** 13812345678 → 138****5678: enough to recognise, not to call. */
	public static String maskPhone(String phone) {
		if (phone.length() < 7) {
			return "*".repeat(phone.length());
		}
		return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
	}

}
