package org.jiaxiao.timeline;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;
import org.jiaxiao.support.TestClock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.jiaxiao.support.DemoSchoolFacts.CLASS_1_1;
import static org.jiaxiao.support.DemoSchoolFacts.studentsOf;

/**
 * Once the editable window has passed, the author may no longer change a record; 德育处 may.
 */
@TestPropertySource(properties = "jiaxiao.timeline.edit-window=1ms")
class EditWindowTest extends ApiTest {

	private static final String AMEND = """
			mutation($input: AmendContactInput!) { amendContact(input: $input) { contact { version } errors { code } } }""";

	@Autowired
	private TestClock clock;

	@Test
	void theAuthorIsTooLateButTheMoralEducationOfficeIsNot() {
		String student = studentsOf(as("principal"), CLASS_1_1).get(15);
		String id = as("homeroom").documentName("recordContact")
			.variable("input",
					Map.of("studentIds", List.of(student), "form", "PHONE", "kind", "ROUTINE", "occurredAt",
							OffsetDateTime.now().minusHours(1).toString(), "summary", "电话：作业。"))
			.execute()
			.path("recordContact.contact.id")
			.entity(String.class)
			.get();
		// A second later by the app's clock, well past the window; tokens allow the skew.
		this.clock.set(Instant.now().plusSeconds(1));
		try {
			as("homeroom").document(AMEND)
				.variable("input", Map.of("contactId", id, "expectedVersion", 0, "summary", "改"))
				.execute()
				.path("amendContact.errors[0].code")
				.entity(String.class)
				.isEqualTo("EDIT_WINDOW_CLOSED");
			as("deyu").document(AMEND)
				.variable("input", Map.of("contactId", id, "expectedVersion", 0, "summary", "德育处更正"))
				.execute()
				.path("amendContact.contact.version")
				.entity(Integer.class)
				.isEqualTo(1);
		}
		finally {
			this.clock.reset();
		}
	}

}
