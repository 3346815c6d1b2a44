package org.jiaxiao.bench.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.jiaxiao.bench.data.Population;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.Student;
import org.jiaxiao.report.ReportInputs.TermRef;

/**
 * The classes the load driver works on: up to {@code maxClasses} spread over the
 * population, each with its homeroom teacher's token, so concurrent clients act as
 * different teachers; and, for "next page", students whose timeline has one, with the
 * first page's end cursor.
 */
public final class Samples {

	private final List<ClassSample> classes;

	private final List<GradeSample> grades;

	private final List<NextPage> nextPages = new ArrayList<>();

	private final Map<String, String> principalTokens;

	private final TermRef term;

	private Samples(List<ClassSample> classes, List<GradeSample> grades, Map<String, String> principalTokens,
			TermRef term) {
		this.classes = classes;
		this.grades = grades;
		this.principalTokens = principalTokens;
		this.term = term;
	}

	/**
	 * @param term the current term, the period compliance reports are asked for
	 */
	public static Samples prepare(Population population, HttpApi http, int maxClasses, TermRef term)
			throws IOException, InterruptedException {
		Map<String, List<Student>> byClass = population.studentsByClass();
		Map<String, Household> households = population.householdsById();
		List<SchoolClass> all = population.classes();
		int step = Math.max(1, all.size() / maxClasses);
		List<ClassSample> classes = new ArrayList<>();
		for (int i = 0; i < all.size() && classes.size() < maxClasses; i += step) {
			SchoolClass schoolClass = all.get(i);
			List<StudentSample> students = byClass.get(schoolClass.id())
				.stream()
				.map((s) -> sample(s, households.get(s.householdId()), population))
				.toList();
			String token = http.token(Population.homeroomUsername(schoolClass));
			classes.add(new ClassSample(schoolClass.schoolId(), schoolClass.id(), schoolClass.homeroomTeacherId(),
					token, students));
		}
		List<GradeSample> grades = new ArrayList<>();
		for (StaffMember leader : population.staff()) {
			if (leader.hasRole(StaffRole.GRADE_LEADER) && grades.size() < maxClasses) {
				grades
					.add(new GradeSample(leader.schoolId(), leader.gradesLed().get(0), http.token(leader.username())));
			}
		}
		Map<String, String> principals = new HashMap<>();
		for (StaffMember staff : population.staff()) {
			if (staff.hasRole(StaffRole.PRINCIPAL)) {
				principals.put(staff.schoolId(), http.token(staff.username()));
			}
		}
		return new Samples(List.copyOf(classes), List.copyOf(grades), Map.copyOf(principals), term);
	}

	private static StudentSample sample(Student student, Household household, Population population) {
		var guardian = household.guardians().get(0);
		return new StudentSample(student.id(), guardian.id(), guardian.name(), student.householdId(),
				population.focusStudents().contains(student.id()));
	}

	/**
	 * Finds students with a second timeline page (focus students first) and keeps the
	 * first page's end cursor.
	 */
	public void findNextPages(Screens screens, int wanted) throws IOException, InterruptedException {
		for (ClassSample c : this.classes) {
			List<StudentSample> candidates = c.students()
				.stream()
				.sorted(Comparator.comparing((StudentSample s) -> !s.focus()))
				.limit(6)
				.toList();
			for (StudentSample student : candidates) {
				String page = screens.timelineGraphQl(c, student.id(), null);
				if (page.contains("\"hasNextPage\":true")) {
					this.nextPages.add(new NextPage(c, student.id(), HttpApi.field(page, "endCursor")));
				}
			}
			if (this.nextPages.size() >= wanted) {
				return;
			}
		}
	}

	public List<ClassSample> classes() {
		return this.classes;
	}

	public List<NextPage> nextPages() {
		return this.nextPages;
	}

	ClassSample anyClass(SplittableRandom random) {
		return this.classes.get(random.nextInt(this.classes.size()));
	}

	GradeSample anyGrade(SplittableRandom random) {
		return this.grades.get(random.nextInt(this.grades.size()));
	}

	public List<GradeSample> grades() {
		return this.grades;
	}

	/** The token of the school's principal, who sees every compliance scope. */
	public String principalToken(String schoolId) {
		return this.principalTokens.get(schoolId);
	}

	public TermRef term() {
		return this.term;
	}

	NextPage anyNextPage(SplittableRandom random) {
		return this.nextPages.get(random.nextInt(this.nextPages.size()));
	}

	/**
	 * A student as the requests need it.
	 *
	 * @param id the student
	 * @param guardianId a guardian of the household, for contacts
	 * @param guardianName the guardian's name
	 * @param householdId the household
	 * @param focus a focus student
	 */
	public record StudentSample(String id, String guardianId, String guardianName, String householdId, boolean focus) {
	}

	/**
	 * A class and its homeroom teacher's token.
	 *
	 * @param schoolId the school
	 * @param classId the class
	 * @param teacherId the homeroom teacher
	 * @param token the teacher's access token
	 * @param students the class in roster order
	 */
	public record ClassSample(String schoolId, String classId, String teacherId, String token,
			List<StudentSample> students) {

		StudentSample anyStudent(SplittableRandom random) {
			return this.students.get(random.nextInt(this.students.size()));
		}

	}

	/**
	 * A grade and its grade leader's token.
	 *
	 * @param schoolId the school
	 * @param grade the grade
	 * @param token the grade leader's access token
	 */
	public record GradeSample(String schoolId, int grade, String token) {
	}

	/**
	 * A student with a second timeline page.
	 *
	 * @param schoolClass the student's class
	 * @param studentId the student
	 * @param cursor the first page's end cursor
	 */
	public record NextPage(ClassSample schoolClass, String studentId, String cursor) {
	}

}
