package org.jiaxiao.analytics;

/** What coverage figures can be grouped by; the schema's {@code CoverageDimension}. */
public enum CoverageDimension {

	GRADE, CLASS;

	AnalyticsDimension asDimension() {
		return (this == GRADE) ? AnalyticsDimension.GRADE : AnalyticsDimension.CLASS;
	}

}
