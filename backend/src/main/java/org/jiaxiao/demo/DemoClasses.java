package org.jiaxiao.demo;

import java.util.ArrayList;
import java.util.List;

import org.jiaxiao.directory.SchoolClass;

/** Grades 1–6, two classes each, named as Chinese schools name them (一年级1班). */
final class DemoClasses {

	static final int GRADES = 6;

	static final int CLASSES_PER_GRADE = 2;

	private static final String[] GRADE_NAMES = { "一", "二", "三", "四", "五", "六" };

	private DemoClasses() {
	}

	static List<SchoolClass> of(String schoolId) {
		List<SchoolClass> classes = new ArrayList<>();
		for (int grade = 1; grade <= GRADES; grade++) {
			for (int number = 1; number <= CLASSES_PER_GRADE; number++) {
				String homeroom = (grade == 1 && number == 1) ? DemoStaff.id("homeroom")
						: DemoStaff.id("teacher-g" + grade + "c" + number);
				classes.add(new SchoolClass(id(grade, number), schoolId, grade, name(grade, number), homeroom));
			}
		}
		return classes;
	}

	static String id(int grade, int number) {
		return "cls_" + grade + "_" + number;
	}

	static String name(int grade, int number) {
		return GRADE_NAMES[grade - 1] + "年级" + number + "班";
	}

}
