package org.jiaxiao.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jiaxiao.directory.Household;
import org.jiaxiao.directory.School;
import org.jiaxiao.directory.SchoolClass;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactRecorder;
import org.jiaxiao.tutoring.TutoringContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Loads the demo school (示例小学) and the demo tutoring centre into an empty database, the
 * same every time (fixed seeds), so the demo users always find the same classes and
 * families. Never touches a database that holds a school's own students.
 */
@Component
@ConditionalOnBooleanProperty("jiaxiao.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private static final long SEED = 20260901L;

	private static final String SCHOOL_ID = "sch_demo";

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private final MongoTemplate mongo;

	private final ContactRecorder recorder;

	private final Clock clock;

	DemoDataLoader(MongoTemplate mongo, ContactRecorder recorder, Clock clock) {
		this.mongo = mongo;
		this.recorder = recorder;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.mongo.exists(Query.query(where("schoolId").nin(SCHOOL_ID, DemoTutoringCentre.SCHOOL_ID)),
				Student.class)) {
			log.info("The database holds a school's own data: no demo data loaded.");
			return;
		}
		if (!this.mongo.exists(Query.query(where("_id").is(SCHOOL_ID)), School.class)) {
			loadSchool();
		}
		if (!this.mongo.exists(Query.query(where("_id").is(DemoTutoringCentre.SCHOOL_ID)), School.class)) {
			loadTutoringCentre();
		}
	}

	private void loadSchool() {
		// A load cut off halfway left no school document: start it again from scratch.
		removeLeftovers(SCHOOL_ID);
		DemoSchool demo = generate(this.clock.instant());
		this.mongo.insertAll(demo.classes());
		this.mongo.insertAll(demo.staff());
		this.mongo.insertAll(demo.households());
		this.mongo.insertAll(demo.students());
		for (Contact contact : demo.contacts()) {
			this.recorder.importHistorical(contact, SHANGHAI);
		}
		// The school last: its presence marks a complete load.
		this.mongo.insert(demo.school());
		log.info(
				"Demo data loaded: {} ({} classes, {} students, {} households, {} contacts). "
						+ "Sign in as principal, deyu, grade-leader, homeroom, subject, analyst or school-admin.",
				demo.school().name(), demo.classes().size(), demo.students().size(), demo.households().size(),
				demo.contacts().size());
	}

	private void loadTutoringCentre() {
		removeLeftovers(DemoTutoringCentre.SCHOOL_ID);
		this.mongo.remove(Query.query(where("schoolId").is(DemoTutoringCentre.SCHOOL_ID)), TutoringContract.class);
		DemoTutoringCentre demo = DemoTutoringCentre.generate(this.clock.instant(), SHANGHAI);
		this.mongo.insertAll(demo.groups());
		this.mongo.insertAll(demo.staff());
		this.mongo.insertAll(demo.households());
		this.mongo.insertAll(demo.students());
		this.mongo.insertAll(demo.contracts());
		this.mongo.insert(demo.school());
		log.info("Demo tutoring centre loaded: {} ({} students). Sign in as learning-manager, consultant, supervisor, "
				+ "director, finance or president.", demo.school().name(), demo.students().size());
	}

	private void removeLeftovers(String schoolId) {
		for (Class<?> type : List.of(SchoolClass.class, StaffMember.class, Household.class, Student.class)) {
			this.mongo.remove(Query.query(where("schoolId").is(schoolId)), type);
		}
	}

	static DemoSchool generate(Instant now) {
		Random random = new Random(SEED);
		School school = new School(SCHOOL_ID, "示例小学", SHANGHAI.getId());
		int schoolYear = SchoolYears.of(now, SHANGHAI);
		var classes = DemoClasses.of(school.id());
		var staff = DemoStaff.of(school.id(), classes);
		DemoFamilies families = new DemoFamilies(random, school.id(), schoolYear);
		for (SchoolClass schoolClass : classes) {
			families.addClass(schoolClass, 36 + random.nextInt(9));
		}
		var households = families.households().stream().collect(Collectors.toMap(Household::id, Function.identity()));
		var classesById = classes.stream().collect(Collectors.toMap(SchoolClass::id, Function.identity()));
		var contacts = DemoHistory.of(random, families.students(), households, classesById,
				LocalDate.of(schoolYear, 9, 1), now, SHANGHAI);
		return new DemoSchool(school, classes, staff, families.households(), families.students(), contacts);
	}

}
