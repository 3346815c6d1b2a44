package org.jiaxiao.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.ContactChannel;
import org.jiaxiao.directory.FamilySituation;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.Gender;
import org.jiaxiao.directory.Guardian;
import org.jiaxiao.directory.GuardianRelation;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;

/**
 * Students and their households. About one family in twelve has a second child in another
 * class (siblings share the household). The first two pupils of class 1-1 always have
 * one, in 1-2 and 3-2, so the demo shows siblings both inside and outside a teacher's
 * classes.
 */
final class DemoFamilies {

	private static final List<String> DISTRICTS = List.of("海淀区", "朝阳区", "西城区", "丰台区");

	private static final List<String> STREETS = List.of("学院路", "中关村大街", "花园路", "知春路", "清河街道", "望京西路", "枣林前街");

	/**
	 * Class id → index (in adding order) of the pupil whose elder sibling starts that
	 * class.
	 */
	private static final Map<String, Integer> FIXED_SIBLINGS = Map.of("cls_1_2", 0, "cls_3_2", 1);

	private final RandomGenerator random;

	private final String schoolId;

	private final int schoolYear;

	private final List<Household> households = new ArrayList<>();

	private final List<Student> students = new ArrayList<>();

	/**
	 * Families with one child so far, offered to a later class as a sibling's household.
	 */
	private final List<Student> onlyChildren = new ArrayList<>();

	/** Starts household ids, so that two demo organisations never share one. */
	private final String householdPrefix;

	DemoFamilies(RandomGenerator random, String schoolId, int schoolYear) {
		this(random, schoolId, schoolYear, "hh_");
	}

	DemoFamilies(RandomGenerator random, String schoolId, int schoolYear, String householdPrefix) {
		this.random = random;
		this.schoolId = schoolId;
		this.schoolYear = schoolYear;
		this.householdPrefix = householdPrefix;
	}

	List<Household> households() {
		return this.households;
	}

	List<Student> students() {
		return this.students;
	}

	/**
	 * Adds the pupils of one class; classes come in grade order, so siblings are older.
	 */
	void addClass(SchoolClass schoolClass, int size) {
		int entryYear = this.schoolYear - (schoolClass.grade() - 1);
		String classNo = schoolClass.id().substring(schoolClass.id().lastIndexOf('_') + 1);
		List<Student> newOnlyChildren = new ArrayList<>();
		for (int seq = 1; seq <= size; seq++) {
			String studentNo = "%d%02d%02d".formatted(entryYear, Integer.parseInt(classNo), seq);
			Student younger = youngerSibling(schoolClass.id(), seq);
			String surname = (younger != null) ? younger.name().substring(0, 1) : ChineseNames.surname(this.random);
			String householdId = (younger != null) ? younger.householdId() : newHousehold(surname);
			Gender gender = this.random.nextBoolean() ? Gender.FEMALE : Gender.MALE;
			Student student = new Student("stu_" + studentNo, this.schoolId, schoolClass.id(), schoolClass.grade(),
					studentNo, surname + ChineseNames.given(this.random), gender, householdId, null, null,
					focusCategories(this.households.get(householdNumber(householdId))));
			this.students.add(student);
			if (younger == null && !FIXED_SIBLINGS.containsValue(this.students.size() - 1)) {
				newOnlyChildren.add(student);
			}
		}
		// Offered only to later classes: siblings are never in the same class.
		this.onlyChildren.addAll(newOnlyChildren);
	}

	private @Nullable Student youngerSibling(String classId, int seq) {
		Integer fixed = FIXED_SIBLINGS.get(classId);
		if (seq == 1 && fixed != null) {
			return this.students.get(fixed);
		}
		if (!this.onlyChildren.isEmpty() && this.random.nextInt(12) == 0) {
			return this.onlyChildren.remove(this.random.nextInt(this.onlyChildren.size()));
		}
		return null;
	}

	/**
	 * Categories follow from the family's situation, plus a few learning difficulties.
	 */
	private List<FocusCategory> focusCategories(Household household) {
		List<FocusCategory> categories = new ArrayList<>();
		FamilySituation situation = household.situation();
		if (situation != null && situation.economy() == FamilySituation.Economy.LOW_INCOME) {
			categories.add(FocusCategory.LOW_INCOME);
		}
		if (situation != null && situation.structure() == FamilySituation.Structure.SINGLE_PARENT) {
			categories.add(FocusCategory.SINGLE_PARENT);
		}
		if (situation != null && situation.structure() == FamilySituation.Structure.GRANDPARENTS) {
			categories.add(FocusCategory.LEFT_BEHIND);
		}
		if (this.random.nextInt(25) == 0) {
			categories.add(FocusCategory.LEARNING_DIFFICULTY);
		}
		return categories;
	}

	private int householdNumber(String householdId) {
		return Integer.parseInt(householdId.substring(this.householdPrefix.length())) - 1;
	}

	private FamilySituation situation(List<Guardian> guardians) {
		boolean mother = guardians.stream().anyMatch((g) -> g.relation() == GuardianRelation.MOTHER);
		boolean grandparent = guardians.stream().anyMatch((g) -> g.relation() == GuardianRelation.GRANDMOTHER);
		FamilySituation.Structure structure = mother ? FamilySituation.Structure.BOTH_PARENTS
				: grandparent ? FamilySituation.Structure.GRANDPARENTS : FamilySituation.Structure.SINGLE_PARENT;
		int draw = this.random.nextInt(100);
		FamilySituation.Economy economy = (draw < 3) ? FamilySituation.Economy.LOW_INCOME
				: (draw < 8) ? FamilySituation.Economy.DIFFICULT : FamilySituation.Economy.ORDINARY;
		String notes = (economy == FamilySituation.Economy.ORDINARY) ? null : "家长务工收入不稳定，已告知学校资助政策。";
		return new FamilySituation(structure, economy, notes);
	}

	private String newHousehold(String surname) {
		String id = this.householdPrefix + "%04d".formatted(this.households.size() + 1);
		List<Guardian> guardians = new ArrayList<>();
		guardians.add(guardian(id, 1, surname, GuardianRelation.FATHER));
		if (this.random.nextInt(10) < 8) {
			guardians.add(0, guardian(id, 2, ChineseNames.surname(this.random), GuardianRelation.MOTHER));
		}
		else if (this.random.nextBoolean()) {
			guardians.add(guardian(id, 2, surname, GuardianRelation.GRANDMOTHER));
		}
		String address = DISTRICTS.get(this.random.nextInt(DISTRICTS.size()))
				+ STREETS.get(this.random.nextInt(STREETS.size()));
		this.households.add(new Household(id, this.schoolId, guardians, address, situation(guardians), null));
		return id;
	}

	private Guardian guardian(String householdId, int number, String surname, GuardianRelation relation) {
		String phone = "1" + (3 + this.random.nextInt(7)) + "%09d".formatted(this.random.nextInt(1_000_000_000));
		ContactChannel channel = switch (this.random.nextInt(10)) {
			case 0, 1, 2 -> ContactChannel.PHONE;
			case 3 -> ContactChannel.SMS;
			default -> ContactChannel.WECHAT;
		};
		String name = surname + ChineseNames.given(this.random);
		return new Guardian("gdn_" + householdId.substring("hh_".length()) + "_" + number, name, relation, phone,
				channel);
	}

}
