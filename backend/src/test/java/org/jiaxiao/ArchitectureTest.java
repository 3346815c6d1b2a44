package org.jiaxiao;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package-by-feature shape: features reach each other through services and ids,
 * never through each other's storage, and the platform knows no feature.
 */
@AnalyzeClasses(packages = "org.jiaxiao", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

	@ArchTest
	static final ArchRule featuresHaveNoCycles = slices().matching("org.jiaxiao.(*)..").should().beFreeOfCycles();

	@ArchTest
	static final ArchRule platformKnowsNoFeature = noClasses().that()
		.resideInAPackage("org.jiaxiao.platform..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jiaxiao.directory..", "org.jiaxiao.timeline..", "org.jiaxiao.security..",
				"org.jiaxiao.demo..", "org.jiaxiao.node..", "org.jiaxiao.calendar..", "org.jiaxiao.policy..",
				"org.jiaxiao.task..", "org.jiaxiao.notification..", "org.jiaxiao.report..", "org.jiaxiao.tutoring..",
				"org.jiaxiao.meeting..", "org.jiaxiao.escalation..", "org.jiaxiao.analytics..", "org.jiaxiao.privacy..",
				"org.jiaxiao.sync..");

	/** The calendar and the policies are what the other rules read, never the reverse. */
	@ArchTest
	static final ArchRule calendarAndPolicyKnowNoRuleAtWork = noClasses().that()
		.resideInAnyPackage("org.jiaxiao.calendar..", "org.jiaxiao.policy..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jiaxiao.task..", "org.jiaxiao.notification..", "org.jiaxiao.report..",
				"org.jiaxiao.escalation..", "org.jiaxiao.meeting..", "org.jiaxiao.tutoring..");

	/** Notifications know a task by its id only, so tasks can notify without a cycle. */
	@ArchTest
	static final ArchRule notificationsKnowNoTask = noClasses().that()
		.resideInAPackage("org.jiaxiao.notification..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.jiaxiao.task..");

	@ArchTest
	static final ArchRule directoryIsTheFoundation = noClasses().that()
		.resideInAPackage("org.jiaxiao.directory..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.jiaxiao.timeline..", "org.jiaxiao.security..", "org.jiaxiao.demo..",
				"org.jiaxiao.node..");

	@ArchTest
	static final ArchRule controllersDoNotTouchTheDatabase = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(MongoTemplate.class);

	@ArchTest
	static final ArchRule onlyTheTimelineWritesTimelines = noClasses().that()
		.resideOutsideOfPackage("org.jiaxiao.timeline..")
		.should()
		.dependOnClassesThat()
		.haveSimpleName("TimelineStore");

}
