package org.jiaxiao.demo;

import java.util.List;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.Contact;

/**
 * Everything the demo school holds, generated before it is written.
 *
 * @param school the school
 * @param classes its classes
 * @param staff its staff
 * @param households the families
 * @param students the students
 * @param contacts the history of contacts this school year
 */
record DemoSchool(School school, List<SchoolClass> classes, List<StaffMember> staff, List<Household> households,
		List<Student> students, List<Contact> contacts) {
}
