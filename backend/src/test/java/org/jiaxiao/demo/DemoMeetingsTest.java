package org.jiaxiao.demo;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.jiaxiao.meeting.MeetingKind;
import org.jiaxiao.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo classes' meetings: none after today, minutes and resolutions for every
 * committee meeting, and the figures the demo is meant to show (一年级1班 meets the primary
 * preset, 一年级2班 falls short and is flagged).
 */
class DemoMeetingsTest extends ApiTest {

	@Test
	void noMeetingLiesAfterTodayAndEveryCommitteeMeetingHasMinutesAndResolutions() {
		LocalDate today = LocalDate.of(2026, 3, 10);
		assertThat(DemoMeetings.upTo(today)).isNotEmpty().allSatisfy((meeting) -> {
			assertThat(meeting.heldOn()).isBeforeOrEqualTo(today);
			if (meeting.kind() == MeetingKind.PARENT_COMMITTEE) {
				assertThat(meeting.minutes()).isNotBlank();
				assertThat(meeting.resolutions()).isNotEmpty();
			}
		});
		assertThat(DemoMeetings.upTo(LocalDate.of(2025, 8, 31))).isEmpty();
	}

	@Test
	void theSpringTermShowsOneClassMeetingThePresetAndAnotherFlagged() {
		var report = as("principal").document(
				"""
						query($scope: ComplianceScopeInput!, $period: ReportPeriodInput!) {
						  complianceReport(scope: $scope, period: $period) { classes { class { id }
						    meetings { parentMeetings { held shortAtTermEnd } committeeMeetings { held shortAtTermEnd } } } } }""")
			.variable("scope", Map.of("grade", 1))
			.variable("period", Map.of("term", Map.of("schoolYear", 2025, "number", 2)))
			.execute();
		String class11 = "complianceReport.classes[?(@.class.id == 'cls_1_1')].meetings.";
		String class12 = "complianceReport.classes[?(@.class.id == 'cls_1_2')].meetings.";
		report.path(class11 + "parentMeetings.held").entityList(Integer.class).containsExactly(2);
		report.path(class11 + "committeeMeetings.shortAtTermEnd").entityList(Boolean.class).containsExactly(false);
		report.path(class12 + "parentMeetings.held").entityList(Integer.class).containsExactly(1);
		report.path(class12 + "parentMeetings.shortAtTermEnd").entityList(Boolean.class).containsExactly(true);
		report.path(class12 + "committeeMeetings.shortAtTermEnd").entityList(Boolean.class).containsExactly(true);
	}

}
