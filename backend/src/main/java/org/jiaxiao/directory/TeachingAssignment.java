package org.jiaxiao.directory;

/**
 * A class a teacher teaches; the directory's record of who may see which students.
 *
 * @param classId the class
 * @param subject what is taught, e.g. 数学; "班主任" work counts as homeroom
 * @param homeroom whether the teacher is the class's homeroom teacher (班主任)
 */
public record TeachingAssignment(String classId, String subject, boolean homeroom) {
}
