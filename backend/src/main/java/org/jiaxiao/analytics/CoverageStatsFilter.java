package org.jiaxiao.analytics;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.FocusCategory;

/**
 * Which students {@code coverageStats} counts; null means no condition.
 *
 * @param grades only these grades
 * @param classes only these classes
 * @param focusCategories only students of these categories
 */
public record CoverageStatsFilter(@Nullable List<Integer> grades, @Nullable List<String> classes,
		@Nullable List<FocusCategory> focusCategories) {

	public static final CoverageStatsFilter NONE = new CoverageStatsFilter(null, null, null);

	@Override
	public String toString() {
		return "grades=" + this.grades + " classes=" + this.classes + " focusCategories=" + this.focusCategories;
	}

}
