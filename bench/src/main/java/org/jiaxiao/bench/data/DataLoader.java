package org.jiaxiao.bench.data;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jiaxiao.bench.data.HistoryGenerator.StudentRef;
import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactRecorder;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes a generated population the way the app writes it: the directory records through
 * {@link MongoTemplate} (bulk inserts), the history through
 * {@link ContactRecorder#importHistorical(List, ZoneId)} (the same guarded {@code $push}
 * as recording a contact, in bulk). Histories are generated and written a chunk of
 * students at a time.
 */
public final class DataLoader {

	private static final int STUDENTS_PER_CHUNK = 250;

	private final MongoTemplate mongo;

	private final ContactRecorder recorder;

	public DataLoader(MongoTemplate mongo, ContactRecorder recorder) {
		this.mongo = mongo;
		this.recorder = recorder;
	}

	public void insertDirectory(Population population) {
		this.mongo.insertAll(population.schools());
		this.mongo.insertAll(population.classes());
		this.mongo.insertAll(population.staff());
		insertInChunks(population.households());
		insertInChunks(population.students());
	}

	/**
	 * Imports each student's history for school years {@code firstYear} to
	 * {@code lastYear}.
	 * @return the number of contacts written
	 */
	public long importHistory(Population population, long seed, Instant now, int firstYear, int lastYear,
			Progress progress) {
		ZoneId zone = ZoneId.of(PopulationGenerator.ZONE);
		HistoryGenerator generator = new HistoryGenerator(seed, zone, now);
		long written = 0;
		List<Contact> chunk = new ArrayList<>();
		int done = 0;
		for (StudentRef ref : studentRefs(population)) {
			chunk.addAll(generator.history(ref, firstYear, lastYear));
			if (++done % STUDENTS_PER_CHUNK == 0) {
				written += write(chunk, zone);
				progress.report(done, population.students().size(), written);
			}
		}
		written += write(chunk, zone);
		progress.report(done, population.students().size(), written);
		return written;
	}

	/**
	 * What each student's generated history depends on, in population order: the same for
	 * the import and for anything that regenerates a student's history later.
	 */
	static List<StudentRef> studentRefs(Population population) {
		Map<String, Household> households = population.householdsById();
		Map<String, SchoolClass> classes = population.classesById();
		Map<String, List<String>> siblings = population.students()
			.stream()
			.collect(Collectors.groupingBy(Student::householdId, Collectors.mapping(Student::id, Collectors.toList())));
		List<StudentRef> refs = new ArrayList<>();
		for (Student student : population.students()) {
			String author = classes.get(student.classId()).homeroomTeacherId();
			refs.add(new StudentRef(student.id(), population.focusStudents().contains(student.id()),
					households.get(student.householdId()), siblings.get(student.householdId()), author));
		}
		return refs;
	}

	private long write(List<Contact> chunk, ZoneId zone) {
		int size = chunk.size();
		this.recorder.importHistorical(chunk, zone);
		chunk.clear();
		return size;
	}

	private <T> void insertInChunks(List<T> documents) {
		for (int from = 0; from < documents.size(); from += 5000) {
			this.mongo.insertAll(documents.subList(from, Math.min(documents.size(), from + 5000)));
		}
	}

	/** Told how far an import is. */
	@FunctionalInterface
	public interface Progress {

		void report(int studentsDone, int students, long contactsWritten);

	}

}
