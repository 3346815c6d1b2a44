package org.jiaxiao.bench.load;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.jiaxiao.bench.load.Samples.ClassSample;
import org.jiaxiao.bench.load.Samples.NextPage;
import org.jiaxiao.bench.load.Samples.StudentSample;

/**
 * Checks, before measuring, that the REST baseline answers what GraphQL answers: the same
 * JSON for the roster and both timeline pages, the same shape for a recorded contact (its
 * id and time differ by nature). A comparison of unequal answers would be meaningless.
 */
public final class Parity {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Students whose timeline is read to find an incident (about one in thirty has one).
	 */
	private static final int MAX_TRIED = 400;

	private Parity() {
	}

	public static List<Check> check(Screens screens, Samples samples) throws Exception {
		List<Check> checks = new ArrayList<>();
		ClassSample c = samples.classes().get(0);
		checks.add(compare("roster", screens.rosterGraphQl(c), screens.rosterRest(c), false));
		if (!samples.nextPages().isEmpty()) {
			NextPage page = samples.nextPages().get(0);
			checks.add(compare("timelineFirst", screens.timelineGraphQl(page.schoolClass(), page.studentId(), null),
					screens.timelineRest(page.schoolClass(), page.studentId(), null), false));
			checks.add(compare("timelineNext",
					screens.timelineGraphQl(page.schoolClass(), page.studentId(), page.cursor()),
					screens.timelineRest(page.schoolClass(), page.studentId(), page.cursor()), false));
		}
		Check incident = timelineWithIncident(screens, samples);
		if (incident != null) {
			checks.add(incident);
		}
		if (!samples.grades().isEmpty()) {
			var grade = samples.grades().get(0);
			checks.add(compare("gradeContacts", screens.gradeContactsGraphQl(grade), screens.gradeContactsRest(grade),
					false));
		}
		ComplianceScreens compliance = screens.compliance();
		checks.add(compare("complianceClass", compliance.classGraphQl(c), compliance.classRest(c), false));
		if (!samples.grades().isEmpty()) {
			var grade = samples.grades().get(0);
			checks.add(compare("complianceGrade", compliance.gradeGraphQl(grade), compliance.gradeRest(grade), false));
		}
		checks.add(compare("complianceSchool", compliance.schoolGraphQl(c.schoolId()),
				compliance.schoolRest(c.schoolId()), false));
		checks.add(compare("recordContact", screens.recordGraphQl(c, c.students().get(0), new SplittableRandom(1)),
				screens.recordRest(c, c.students().get(0), new SplittableRandom(2)), true));
		return checks;
	}

	/**
	 * The first page of a timeline holding an incident: the pages above may hold contacts
	 * only, and the fragment asks an incident for fields of its own.
	 */
	private static @Nullable Check timelineWithIncident(Screens screens, Samples samples) throws Exception {
		int tried = 0;
		for (ClassSample c : samples.classes()) {
			for (StudentSample student : c.students()) {
				String page = screens.timelineGraphQl(c, student.id(), null);
				if (page.contains("\"__typename\":\"Incident\"")) {
					return compare("timelineFirst, a page with an incident", page,
							screens.timelineRest(c, student.id(), null), false);
				}
				if (++tried == MAX_TRIED) {
					return null;
				}
			}
		}
		return null;
	}

	private static Check compare(String screen, String graphQl, String rest, boolean shapeOnly) {
		JsonNode a = JSON.readTree(graphQl);
		if (a instanceof ObjectNode response) {
			// The request id in the GraphQL response's extensions has no REST
			// counterpart.
			response.remove("extensions");
		}
		JsonNode b = JSON.readTree(rest);
		boolean same = shapeOnly ? sameShape(a, b) : a.equals(b);
		return new Check(screen, same, (shapeOnly ? "same field names and types; " : "identical JSON; ")
				+ graphQl.length() + " vs " + rest.length() + " characters");
	}

	private static boolean sameShape(JsonNode a, JsonNode b) {
		if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
			return false;
		}
		if (a.isObject()) {
			Iterator<String> names = a.propertyNames().iterator();
			while (names.hasNext()) {
				String name = names.next();
				if (!b.has(name) || !sameShape(a.get(name), b.get(name))) {
					return false;
				}
			}
		}
		if (a.isArray()) {
			for (int i = 0; i < a.size(); i++) {
				if (!sameShape(a.get(i), b.get(i))) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * The outcome for one screen.
	 *
	 * @param screen the scenario
	 * @param same whether REST answered what GraphQL answered
	 * @param detail what was compared, and the sizes
	 */
	public record Check(String screen, boolean same, String detail) {
	}

}
