package org.jiaxiao.bench.data;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;

/**
 * Students and their households for one school. Siblings are never in the same class: a
 * family with one child so far is offered to later classes only. The record constructors
 * of the directory are called here and nowhere else in the benchmark.
 */
final class Families {

	private static final FocusCategory[] FOCUS = FocusCategory.values();

	private final SplittableRandom random;

	private final String schoolId;

	private final String key;

	private final List<Household> households = new ArrayList<>();

	private final List<Student> onlyChildren = new ArrayList<>();

	private final List<Student> newOnlyChildren = new ArrayList<>();

	Families(SplittableRandom random, String schoolId, String key) {
		this.random = random;
		this.schoolId = schoolId;
		this.key = key;
	}

	List<Household> households() {
		return this.households;
	}

	Student student(SchoolClass schoolClass, String studentNo, boolean focus) {
		Student elder = sibling();
		String surname = (elder != null) ? elder.name().substring(0, 1) : ChineseText.surname(this.random);
		String householdId = (elder != null) ? elder.householdId() : newHousehold(surname);
		Gender gender = this.random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
		List<FocusCategory> focusCategories = focus ? List.of(FOCUS[this.random.nextInt(FOCUS.length)]) : null;
		Student student = new Student("stu_" + this.key + "_" + studentNo, this.schoolId, schoolClass.id(),
				schoolClass.grade(), studentNo, surname + ChineseText.given(this.random), gender, householdId, null,
				null, focusCategories);
		if (elder == null) {
			this.newOnlyChildren.add(student);
		}
		return student;
	}

	/** Offers the families of the class just finished to later classes. */
	void classDone() {
		this.onlyChildren.addAll(this.newOnlyChildren);
		this.newOnlyChildren.clear();
	}

	private @Nullable Student sibling() {
		if (this.onlyChildren.isEmpty() || this.random.nextInt(12) != 0) {
			return null;
		}
		int last = this.onlyChildren.size() - 1;
		int pick = this.random.nextInt(this.onlyChildren.size());
		Student chosen = this.onlyChildren.get(pick);
		this.onlyChildren.set(pick, this.onlyChildren.get(last));
		this.onlyChildren.remove(last);
		return chosen;
	}

	private String newHousehold(String surname) {
		String id = "hh_" + this.key + "_" + (this.households.size() + 1);
		List<Guardian> guardians = new ArrayList<>();
		guardians.add(guardian(id, 1, surname, GuardianRelation.FATHER));
		if (this.random.nextInt(10) < 8) {
			guardians.add(0, guardian(id, 2, ChineseText.surname(this.random), GuardianRelation.MOTHER));
		}
		else if (this.random.nextBoolean()) {
			guardians.add(guardian(id, 2, surname, GuardianRelation.GRANDMOTHER));
		}
		this.households.add(new Household(id, this.schoolId, guardians, "海淀区学院路", null, null));
		return id;
	}

	private Guardian guardian(String householdId, int number, String surname, GuardianRelation relation) {
		String phone = "1" + (3 + this.random.nextInt(7)) + "%09d".formatted(this.random.nextInt(1_000_000_000));
		ContactChannel channel = (this.random.nextInt(10) < 3) ? ContactChannel.PHONE : ContactChannel.WECHAT;
		return new Guardian("gdn_" + householdId.substring(3) + "_" + number, surname + ChineseText.given(this.random),
				relation, phone, channel);
	}

}
