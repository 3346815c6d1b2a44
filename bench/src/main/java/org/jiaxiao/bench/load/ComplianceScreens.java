package org.jiaxiao.bench.load;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jiaxiao.bench.load.Samples.ClassSample;
import org.jiaxiao.bench.load.Samples.GradeSample;
import org.jiaxiao.report.ReportInputs.TermRef;

/**
 * The compliance dashboard's report for a class, a grade and the whole school, as the
 * principal opens it for the current term: the SPA's {@code ComplianceReport} operation
 * (its document file holds two more, so the operation is named), and the REST baseline.
 * No raw-driver floor: the report is four aggregations the app builds, and a copy of them
 * in the driver would measure the same commands without the app's mapping.
 */
final class ComplianceScreens {

	private static final String DOCUMENT = Screens.document("complianceReport");

	private static final String OPERATION = "ComplianceReport";

	private final HttpApi http;

	private final Samples samples;

	ComplianceScreens(HttpApi http, Samples samples) {
		this.http = http;
		this.samples = samples;
	}

	List<Scenario> scenarios() {
		return List.of(classReport(), gradeReport(), schoolReport());
	}

	private Scenario classReport() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> classGraphQl(this.samples.anyClass(random)));
		ops.put(Variant.REST, (random) -> classRest(this.samples.anyClass(random)));
		return new Scenario("complianceClass", "Compliance report of a class (40–60 students), current term", ops,
				"ComplianceReport as the principal, scope {classId}, period {term}; no raw-driver floor (see the"
						+ " notes)");
	}

	private Scenario gradeReport() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> gradeGraphQl(this.samples.anyGrade(random)));
		ops.put(Variant.REST, (random) -> gradeRest(this.samples.anyGrade(random)));
		return new Scenario("complianceGrade", "Compliance report of a grade (about 500 students), current term", ops,
				"ComplianceReport as the principal, scope {grade}, period {term}");
	}

	private Scenario schoolReport() {
		Map<Variant, Op> ops = new EnumMap<>(Variant.class);
		ops.put(Variant.GRAPHQL, (random) -> schoolGraphQl(this.samples.anyClass(random).schoolId()));
		ops.put(Variant.REST, (random) -> schoolRest(this.samples.anyClass(random).schoolId()));
		return new Scenario("complianceSchool", "Compliance report of the whole school, current term", ops,
				"ComplianceReport as the principal, scope {schoolId}, period {term}");
	}

	String classGraphQl(ClassSample c) throws IOException, InterruptedException {
		return graphql(c.schoolId(), Map.of("classId", c.classId()));
	}

	String classRest(ClassSample c) throws IOException, InterruptedException {
		return rest(c.schoolId(), "classId=" + c.classId());
	}

	String gradeGraphQl(GradeSample g) throws IOException, InterruptedException {
		return graphql(g.schoolId(), Map.of("grade", g.grade()));
	}

	String gradeRest(GradeSample g) throws IOException, InterruptedException {
		return rest(g.schoolId(), "grade=" + g.grade());
	}

	String schoolGraphQl(String schoolId) throws IOException, InterruptedException {
		return graphql(schoolId, Map.of("schoolId", schoolId));
	}

	String schoolRest(String schoolId) throws IOException, InterruptedException {
		return rest(schoolId, "schoolId=" + schoolId);
	}

	private String graphql(String schoolId, Map<String, Object> scope) throws IOException, InterruptedException {
		TermRef term = this.samples.term();
		Map<String, Object> variables = new LinkedHashMap<>();
		variables.put("scope", scope);
		variables.put("period", Map.of("term", Map.of("schoolYear", term.schoolYear(), "number", term.number())));
		return this.http.graphql(this.samples.principalToken(schoolId), Screens.body(DOCUMENT, OPERATION, variables));
	}

	private String rest(String schoolId, String scope) throws IOException, InterruptedException {
		TermRef term = this.samples.term();
		return this.http.get(this.samples.principalToken(schoolId),
				"/bench/rest/compliance?" + scope + "&schoolYear=" + term.schoolYear() + "&term=" + term.number());
	}

}
