package org.jiaxiao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.calendar.Term;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.platform.graphql.SchemaEnum;
import org.jiaxiao.policy.PolicyVersion;
import org.jiaxiao.policy.TeacherRole;

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
	@SchemaEnum("ComplianceScopeKind")
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
	 * @param meetings parent and committee meetings in a term (null: no term begun by the
	 * period's last day)
	 */
	public record ClassCompliance(SchoolClass schoolClass, int students, int visited, double coveragePercent,
			List<String> notVisitedStudentIds, boolean everyStudentRequired, int focusStudents,
			int focusWithExtraVisits, int focusVisitedInWinterBreak, int families, int faceToFaceFamilies,
			double faceToFacePercent, @Nullable Double faceToFaceQuotaPercent, boolean faceToFaceBelowQuota,
			int overdueObligations, @Nullable ClassMeetingFigures meetings) {
	}

	/**
	 * A class's meetings in one term against the policy's meeting rules.
	 *
	 * @param term the term counted: the one holding the period's last day, else the last
	 * one begun by then
	 * @param countedTo meetings are counted from the term's first day to this day
	 * @param parentMeetings parent meetings (家长会)
	 * @param committeeMeetings parent-committee meetings (家委会)
	 */
	public record ClassMeetingFigures(Term term, LocalDate countedTo, MeetingQuotaFigures parentMeetings,
			MeetingQuotaFigures committeeMeetings) {
	}

	/**
	 * Meetings of one kind against what a term owes.
	 *
	 * @param held meetings held
	 * @param quota meetings the policy asks for a term (null: no rule)
	 * @param percent held as a share of the quota (null: no quota)
	 * @param shortAtTermEnd the term has ended with fewer than the quota
	 */
	public record MeetingQuotaFigures(int held, @Nullable Integer quota, @Nullable Double percent,
			boolean shortAtTermEnd) {
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
