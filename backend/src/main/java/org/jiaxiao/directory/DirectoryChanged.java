package org.jiaxiao.directory;

import java.util.List;
import java.util.Map;

/**
 * Published when a directory edit changed students (their names, class, status or
 * household): the sync feed tells the mobile app.
 *
 * @param schoolId the school
 * @param operation the mutation that changed them
 * @param studentClasses each student's classes concerned: the new one, and the old one
 * after a move (whose readers must drop the student)
 */
public record DirectoryChanged(String schoolId, String operation, Map<String, List<String>> studentClasses) {
}
