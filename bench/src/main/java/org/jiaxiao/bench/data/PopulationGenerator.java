package org.jiaxiao.bench.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.jiaxiao.directory.Student;
import org.jiaxiao.directory.TeachingAssignment;

/**
 * Generates schools of a given size, the same for the same seed: six grades (each with a
 * grade leader), classes of 40–60 students, about one family in twelve with a second
 * child in another class, and 5% focus students. Ids carry a prefix so several generated
 * schools (the benchmark's, the growth simulation's) can share a database.
 */
public final class PopulationGenerator {

	public static final String ZONE = "Asia/Shanghai";

	static final int GRADES = 6;

	static final int MIN_CLASS = 40;

	static final int MAX_CLASS = 60;

	static final int FOCUS_PERCENT = 5;

	private static final String[] GRADE_NAMES = { "一", "二", "三", "四", "五", "六" };

	private PopulationGenerator() {
	}

	/**
	 * @param seed the seed
	 * @param prefix distinguishes the ids of separately generated populations
	 * @param totalStudents students in all schools together
	 * @param schoolSize students per school (the last school takes the rest)
	 * @param schoolYear the current school year (the year it starts)
	 */
	public static Population generate(long seed, String prefix, int totalStudents, int schoolSize, int schoolYear) {
		SplittableRandom random = new SplittableRandom(seed);
		Population all = new Population(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
				new ArrayList<>(), new HashSet<>());
		int remaining = totalStudents;
		for (int number = 1; remaining > 0; number++) {
			int size = Math.min(schoolSize, remaining);
			addSchool(all, random, prefix + number, size, schoolYear);
			remaining -= size;
		}
		return all;
	}

	private static void addSchool(Population all, SplittableRandom random, String key, int size, int schoolYear) {
		School school = new School("sch_" + key, "第" + key + "实验学校", ZONE);
		all.schools().add(school);
		all.staff()
			.add(new StaffMember("stf_" + key + "-principal", key + "-principal", "校长" + key, school.id(),
					Set.of(StaffRole.PRINCIPAL), List.of(), List.of()));
		for (int grade = 1; grade <= GRADES; grade++) {
			all.staff()
				.add(new StaffMember("stf_" + key + "-g" + grade, key + "-g" + grade, GRADE_NAMES[grade - 1] + "年级组长",
						school.id(), Set.of(StaffRole.GRADE_LEADER), List.of(grade), List.of()));
		}
		Families families = new Families(random, school.id(), key);
		int[] sizes = classSizes(random, size);
		for (int c = 0; c < sizes.length; c++) {
			int grade = 1 + c % GRADES;
			int number = 1 + c / GRADES;
			String teacherKey = key + "-t" + c;
			SchoolClass schoolClass = new SchoolClass("cls_" + key + "_" + grade + "_" + number, school.id(), grade,
					GRADE_NAMES[grade - 1] + "年级" + number + "班", "stf_" + teacherKey);
			all.classes().add(schoolClass);
			all.staff()
				.add(new StaffMember("stf_" + teacherKey, teacherKey, schoolClass.name() + "班主任", school.id(),
						Set.of(StaffRole.HOMEROOM_TEACHER), List.of(),
						List.of(new TeachingAssignment(schoolClass.id(), "语文", true))));
			int entryYear = schoolYear - (grade - 1);
			for (int seq = 1; seq <= sizes[c]; seq++) {
				String studentNo = "%d%03d%02d".formatted(entryYear, number, seq);
				boolean focus = random.nextInt(100) < FOCUS_PERCENT;
				Student student = families.student(schoolClass, studentNo, focus);
				all.students().add(student);
				if (focus) {
					all.focusStudents().add(student.id());
				}
			}
			families.classDone();
		}
		all.households().addAll(families.households());
	}

	/**
	 * Sizes of 40–60 that add up to {@code size} (one smaller class for a tiny school).
	 */
	static int[] classSizes(SplittableRandom random, int size) {
		int count = Math.max(1, Math.round(size / 50f));
		int[] sizes = new int[count];
		for (int i = 0; i < count; i++) {
			sizes[i] = size / count + ((i < size % count) ? 1 : 0);
		}
		for (int i = 0; i + 1 < count; i += 2) {
			int room = Math.min(Math.min(sizes[i] - MIN_CLASS, MAX_CLASS - sizes[i]),
					Math.min(sizes[i + 1] - MIN_CLASS, MAX_CLASS - sizes[i + 1]));
			if (room > 0) {
				int delta = random.nextInt(-room, room + 1);
				sizes[i] += delta;
				sizes[i + 1] -= delta;
			}
		}
		return sizes;
	}

}
