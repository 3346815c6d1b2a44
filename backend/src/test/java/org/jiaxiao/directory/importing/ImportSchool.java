package org.jiaxiao.directory.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.StaffRole;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A school of its own for one test, with no student yet: six grades of ten classes, an
 * administrator and a principal. Imports into it leave the demo school as it is.
 */
final class ImportSchool {

	static final String[] GRADES = { "一", "二", "三", "四", "五", "六" };

	final String id;

	final String admin;

	final String principal;

	final List<String> classNames = new ArrayList<>();

	ImportSchool(MongoTemplate mongo) {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		this.id = "sch_imp_" + suffix;
		this.admin = "imp-admin-" + suffix;
		this.principal = "imp-principal-" + suffix;
		mongo.insert(new School(this.id, "导入小学" + suffix, "Asia/Shanghai"));
		for (int grade = 1; grade <= GRADES.length; grade++) {
			for (int number = 1; number <= 10; number++) {
				String name = GRADES[grade - 1] + "年级" + number + "班";
				this.classNames.add(name);
				mongo.insert(new SchoolClass("cls_" + suffix + "_" + grade + "_" + number, this.id, grade, name, null));
			}
		}
		mongo.insert(new StaffMember("stf_" + this.admin, this.admin, "教务" + suffix, this.id,
				Set.of(StaffRole.SCHOOL_ADMIN), List.of(), List.of()));
		mongo.insert(new StaffMember("stf_" + this.principal, this.principal, "校长" + suffix, this.id,
				Set.of(StaffRole.PRINCIPAL), List.of(), List.of()));
	}

}
