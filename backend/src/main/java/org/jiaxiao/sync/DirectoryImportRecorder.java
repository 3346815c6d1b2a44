package org.jiaxiao.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.jiaxiao.directory.importing.DirectoryImported;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the change log from a confirmed directory import: each student added or changed,
 * under the classes they are in now and were in before, so a phone of either class
 * updates (or drops) the student. Large imports are logged in changes of a bounded size.
 */
@Component
class DirectoryImportRecorder {

	/** Students per change: keeps one change document small whatever the file's size. */
	private static final int STUDENTS_PER_CHANGE = 500;

	private final ChangeLog log;

	DirectoryImportRecorder(ChangeLog log) {
		this.log = log;
	}

	@EventListener
	void on(DirectoryImported event) {
		List<Map.Entry<String, List<String>>> students = new ArrayList<>(event.studentClasses().entrySet());
		for (int from = 0; from < students.size(); from += STUDENTS_PER_CHANGE) {
			List<ChangeRef> refs = new ArrayList<>();
			TreeSet<String> classIds = new TreeSet<>();
			for (var student : students.subList(from, Math.min(students.size(), from + STUDENTS_PER_CHANGE))) {
				refs.add(new ChangeRef(ChangeType.STUDENT, student.getKey(), List.copyOf(student.getValue())));
				classIds.addAll(student.getValue());
			}
			this.log.append(event.schoolId(), List.copyOf(classIds), "DirectoryImported", refs);
		}
	}

}
