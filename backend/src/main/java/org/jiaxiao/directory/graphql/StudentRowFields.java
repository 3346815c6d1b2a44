package org.jiaxiao.directory.graphql;

import java.time.Clock;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.DirectoryService;
import org.jiaxiao.directory.FocusCategory;
import org.jiaxiao.directory.PrivacyPolicy;
import org.jiaxiao.directory.SchoolYears;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.Student;
import org.jiaxiao.platform.audit.AuditTrail;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The student fields a roster shows on every row, as {@link RowFields}: contacts this
 * school year and the focus categories.
 */
@Component
class StudentRowFields implements RuntimeWiringConfigurer {

	/** The request's current school year, in its GraphQL context. */
	private static final String SCHOOL_YEAR = StudentRowFields.class.getName() + ".schoolYear";

	private final DirectoryService directory;

	private final Clock clock;

	StudentRowFields(DirectoryService directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Student", (type) -> type.dataFetcher("contactsThisYear", RowFields.of(this::contactsThisYear))
			.dataFetcher("focusCategories", RowFields.of(this::focusCategories)));
	}

	/**
	 * A counter on the student itself, for the school year the viewer's school is in: the
	 * year is worked out once per request (one school read at most, usually from the
	 * directory's cache), so a roster of 50 asks for nothing per row.
	 */
	private int contactsThisYear(DataFetchingEnvironment environment) {
		Student student = environment.getSource();
		int schoolYear = environment.getGraphQlContext()
			.computeIfAbsent(SCHOOL_YEAR, (key) -> SchoolYears.of(this.clock.instant(),
					this.directory.school(RequestViewer.require(environment).schoolId()).zone()));
		return student.contactsInSchoolYear(schoolYear);
	}

	/**
	 * Sensitive: returned only where the privacy policy allows, and every read is
	 * audited.
	 */
	private @Nullable List<FocusCategory> focusCategories(DataFetchingEnvironment environment) {
		Student student = environment.getSource();
		StaffMember viewer = RequestViewer.require(environment);
		if (!PrivacyPolicy.maySeeSensitive(viewer, student)) {
			return null;
		}
		AuditTrail.of(environment.getGraphQlContext())
			.read(viewer.id(), viewer.schoolId(), "Student." + PrivacyPolicy.FOCUS_CATEGORIES, student.id(),
					student.householdId());
		return student.focus();
	}

}
