package org.jiaxiao.compliance;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;

/**
 * The compliance figures of a scope over a period: per teacher against the quotas of the
 * policy in force day by day, per class coverage, immediate visits and overdue tasks, and
 * a month-by-month trend.
 *
 * @param scope whose figures
 * @param period which days
 * @param policy the policy version in force on the period's last day
 * @param teachers per teacher, by name
 * @param classes per class, by grade and name
 * @param immediateVisits immediate visits triggered in the period
 * @param overdueObligations tasks due in the period and overdue now
 * @param trend per month of the period
 * @param generatedAt when the figures were computed
 */
public record ComplianceReport(Scope scope, ReportPeriod period, PolicyVersion policy, List<TeacherCompliance> teachers,
		List<ClassCompliance> classes, ImmediateVisits immediateVisits, int overdueObligations,
		List<MonthFigures> trend, Instant generatedAt) {

	/** The kinds of scope. */
	public enum ScopeKind {

		SCHOOL, GRADE, CLASS, TEACHER

	}

	/**
	 * Whose figures.
	 *
	 * @param kind the kind
	 * @param school the school
	 * @param grade the grade (grade scope)
	 * @param schoolClass the class (class scope)
	 * @param teacher the teacher (teacher scope)
	 */
	public record Scope(ScopeKind kind, School school, @Nullable Integer grade, @Nullable SchoolClass schoolClass,
			@Nullable StaffMember teacher) {
	}

	/**
	 * One teacher's figures.
	 *
	 * @param teacher the teacher
	 * @param role the quota they are measured against
	 * @param familiesContacted families contacted, summed over the months
	 * @param contacts contacts recorded
	 * @param contactQuota families owed over the period (null: no rule)
	 * @param contactPercent share of the quota reached
	 * @param contactsBelowQuota below what the days gone by owe
	 * @param homeVisits home visits made
	 * @param homeVisitQuota home visits owed over the period (null: no rule)
	 * @param homeVisitPercent share of the quota reached
	 * @param homeVisitsBelowQuota below what the days gone by owe
	 * @param overdueObligations the teacher's overdue tasks due in the period
	 */
	public record TeacherCompliance(StaffMember teacher, TeacherRole role, int familiesContacted, int contacts,
			@Nullable Integer contactQuota, @Nullable Double contactPercent, boolean contactsBelowQuota, int homeVisits,
			@Nullable Integer homeVisitQuota, @Nullable Double homeVisitPercent, boolean homeVisitsBelowQuota,
			int overdueObligations) {
	}

	/**
	 * One class's figures.
	 *
	 * @param schoolClass the class
	 * @param students students in the class
	 * @param visited students home-visited this school year (up to the period's end)
	 * @param coveragePercent visited as a share of students
	 * @param notVisitedStudentIds the students not yet visited, in student-number order
	 * @param everyStudentRequired the policy asks for every student each school year
	 * @param focusStudents students of a focus category
	 * @param focusWithExtraVisits focus students with the routine and the extra visits
	 * @param focusVisitedInWinterBreak focus students visited in the winter break
	 * @param families households of the class
	 * @param faceToFaceFamilies households met face to face this school year
	 * @param faceToFacePercent as a share of households
	 * @param faceToFaceQuotaPercent the policy's share (null: no rule)
	 * @param faceToFaceBelowQuota below the policy's share
	 * @param overdueObligations overdue tasks of the class due in the period
	 */
	public record ClassCompliance(SchoolClass schoolClass, int students, int visited, double coveragePercent,
			List<String> notVisitedStudentIds, boolean everyStudentRequired, int focusStudents,
			int focusWithExtraVisits, int focusVisitedInWinterBreak, int families, int faceToFaceFamilies,
			double faceToFacePercent, @Nullable Double faceToFaceQuotaPercent, boolean faceToFaceBelowQuota,
			int overdueObligations) {
	}

	/**
	 * How the immediate visits triggered in the period went.
	 *
	 * @param total all of them
	 * @param onTime done by the deadline
	 * @param late done after it
	 * @param pending open, not yet due
	 * @param missed overdue, not done
	 * @param waived set aside
	 * @param onTimePercent on time as a share of those decided (done or missed)
	 */
	public record ImmediateVisits(int total, int onTime, int late, int pending, int missed, int waived,
			@Nullable Double onTimePercent) {
	}

	/**
	 * One month of the trend, summed over the scope's teachers.
	 *
	 * @param month YYYY-MM
	 * @param familiesContacted families contacted
	 * @param homeVisits home visits
	 * @param contactQuota families owed (null: no rule)
	 * @param homeVisitQuota home visits owed (null: no rule)
	 */
	public record MonthFigures(String month, int familiesContacted, int homeVisits, @Nullable Integer contactQuota,
			@Nullable Integer homeVisitQuota) {
	}

}
