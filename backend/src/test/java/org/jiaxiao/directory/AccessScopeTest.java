package org.jiaxiao.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A class taken from the directory's cache is checked against the viewer's scope in
 * memory ({@link AccessScope#includes}); the class queries render the same scope as
 * criteria. For every demo role, at the school and at the tutoring centre, both select
 * the same classes, so the cache shows no one a class the database would not.
 */
class AccessScopeTest extends ApiTest {

	private static final List<String> DEMO_USERS = List.of("principal", "deyu", "grade-leader", "homeroom", "subject",
			"analyst", "learning-manager", "consultant", "supervisor", "director", "finance", "president");

	/** Those who teach or oversee classes: whole school, a grade, one class. */
	private static final List<String> SEE_CLASSES = List.of("principal", "deyu", "grade-leader", "homeroom", "subject",
			"learning-manager");

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private DirectoryService directory;

	@Test
	void theScopeInMemoryAndTheScopeInTheQuerySelectTheSameClasses() {
		List<SchoolClass> all = this.mongo.findAll(SchoolClass.class);
		for (String username : DEMO_USERS) {
			AccessScope scope = this.directory.staffByUsername(username).orElseThrow().scope();
			List<String> queried = this.mongo.find(Query.query(scope.classes()), SchoolClass.class)
				.stream()
				.map(SchoolClass::id)
				.toList();
			List<String> inMemory = all.stream().filter(scope::includes).map(SchoolClass::id).toList();
			assertThat(inMemory).as(username).containsExactlyInAnyOrderElementsOf(queried);
			if (SEE_CLASSES.contains(username)) {
				// Otherwise both could agree on nothing.
				assertThat(queried).as("%s sees some class", username).isNotEmpty();
			}
		}
	}

}
