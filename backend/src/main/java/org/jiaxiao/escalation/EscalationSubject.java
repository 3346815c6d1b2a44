package org.jiaxiao.escalation;

import org.jspecify.annotations.Nullable;

/**
 * The student an escalation is about, as it records them.
 *
 * @param schoolId the school
 * @param studentId the student
 * @param classId the class
 * @param grade its grade
 * @param learningManagerId the learning manager (retention chains)
 */
record EscalationSubject(String schoolId, String studentId, String classId, int grade,
		@Nullable String learningManagerId) {
}
