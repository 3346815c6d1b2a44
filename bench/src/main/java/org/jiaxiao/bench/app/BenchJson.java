package org.jiaxiao.bench.app;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.paging.Connection;
import org.jiaxiao.timeline.Contact;
import org.jiaxiao.timeline.ContactResult;
import org.jiaxiao.timeline.GuardianMet;
import org.jiaxiao.platform.graphql.UserError;

/**
 * Builds the REST baseline's answers field by field in the order the SPA's GraphQL
 * documents ask for them, so both sides serialise the same JSON (the benchmark checks
 * that they do before measuring).
 */
final class BenchJson {

	/**
	 * The output format of the {@code DateTime} scalar: milliseconds and a zero offset.
	 */
	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendLiteral('T')
		.appendValue(ChronoField.HOUR_OF_DAY, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.MINUTE_OF_HOUR, 2)
		.appendLiteral(':')
		.appendValue(ChronoField.SECOND_OF_MINUTE, 2)
		.appendFraction(ChronoField.NANO_OF_SECOND, 3, 3, true)
		.appendOffset("+HH:MM", "Z")
		.toFormatter();

	private BenchJson() {
	}

	static @Nullable String dateTime(@Nullable Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atOffset(ZoneOffset.UTC)) : null;
	}

	static Map<String, Object> staff(StaffMember staff) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", staff.id());
		json.put("displayName", staff.displayName());
		return json;
	}

	static <T> Map<String, Object> connection(Connection<T> page, Function<T, Map<String, Object>> node) {
		List<Map<String, Object>> edges = new ArrayList<>();
		for (Connection.Edge<T> edge : page.edges()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("cursor", edge.cursor());
			json.put("node", node.apply(edge.node()));
			edges.add(json);
		}
		Map<String, Object> pageInfo = new LinkedHashMap<>();
		pageInfo.put("hasNextPage", page.pageInfo().hasNextPage());
		pageInfo.put("endCursor", page.pageInfo().endCursor());
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("edges", edges);
		json.put("pageInfo", pageInfo);
		return json;
	}

	/**
	 * @param openTasks the student's open tasks the viewer may see
	 * @param seesFocus whether the privacy policy shows the viewer the focus categories
	 * (else null, as in GraphQL)
	 */
	static Map<String, Object> rosterRow(Student student, int schoolYear, int openTasks, boolean seesFocus) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", student.id());
		json.put("studentNo", student.studentNo());
		json.put("name", student.name());
		json.put("lastContactAt", dateTime(student.lastContactAt()));
		json.put("contactsThisYear", student.contactsInSchoolYear(schoolYear));
		json.put("openObligations", openTasks);
		json.put("focusCategories", seesFocus ? student.focus().stream().map(Enum::name).toList() : null);
		return json;
	}

	/** A row of the contacts list: the contact's own fields, nothing resolved. */
	static Map<String, Object> listedContact(Contact contact) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", contact.id());
		json.put("occurredAt", dateTime(contact.occurredAt()));
		json.put("recordedAt", dateTime(contact.recordedAt()));
		json.put("form", contact.form().name());
		json.put("kind", contact.kind().name());
		json.put("summary", contact.summary());
		json.put("guardiansMet", guardians(contact));
		return json;
	}

	static List<Map<String, Object>> guardians(Contact contact) {
		List<Map<String, Object>> met = new ArrayList<>();
		for (GuardianMet guardian : contact.guardiansMet()) {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("guardianId", guardian.guardianId());
			one.put("name", guardian.name());
			one.put("relation", guardian.relation().name());
			met.add(one);
		}
		return met;
	}

	static Map<String, Object> payload(ContactResult result) {
		Map<String, Object> contact = null;
		if (result.contact() != null) {
			contact = new LinkedHashMap<>();
			contact.put("id", result.contact().id());
			contact.put("occurredAt", dateTime(result.contact().occurredAt()));
			contact.put("form", result.contact().form().name());
			contact.put("kind", result.contact().kind().name());
		}
		List<Map<String, Object>> errors = new ArrayList<>();
		for (UserError error : result.errors()) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("code", error.code().name());
			json.put("field", error.field());
			json.put("message", error.message());
			errors.add(json);
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("contact", contact);
		json.put("errors", errors);
		return json;
	}

}
