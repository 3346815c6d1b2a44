package org.jiaxiao.directory.importing;

import java.util.List;
import java.util.Map;

/**
 * An import was confirmed: these students were added or changed. The sync feed lists them
 * for every class they are in now or were in before.
 *
 * @param schoolId the school
 * @param importId the import
 * @param studentClasses per student, the classes concerned (now, and before a move)
 */
public record DirectoryImported(String schoolId, String importId, Map<String, List<String>> studentClasses) {
}
