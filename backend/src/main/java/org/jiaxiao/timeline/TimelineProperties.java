package org.jiaxiao.timeline;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The school's rules about records, until the policy feature versions them per school.
 *
 * @param editWindow how long an author may amend or withdraw their own record (the
 * principal and 德育处 any time)
 * @param analysisRequiredForms forms whose record must carry an analysis and
 * countermeasure (有记录、有分析、有对策)
 * @param analysisRequiredKinds kinds whose record must carry them
 */
@ConfigurationProperties("jiaxiao.timeline")
public record TimelineProperties(Duration editWindow, Set<ContactForm> analysisRequiredForms,
		Set<ContactKind> analysisRequiredKinds) {

	public TimelineProperties {
		editWindow = (editWindow != null) ? editWindow : Duration.ofDays(7);
		analysisRequiredForms = (analysisRequiredForms != null) ? analysisRequiredForms
				: Set.of(ContactForm.HOME_VISIT);
		analysisRequiredKinds = (analysisRequiredKinds != null) ? analysisRequiredKinds
				: Set.of(ContactKind.FOCUS, ContactKind.IMMEDIATE);
	}

	boolean requiresAnalysis(ContactForm form, ContactKind kind) {
		return this.analysisRequiredForms.contains(form) || this.analysisRequiredKinds.contains(kind);
	}

}
