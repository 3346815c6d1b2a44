package org.jiaxiao.analytics.graphql;

import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.analytics.AnalyticsDimension;
import org.jiaxiao.analytics.AnalyticsService;
import org.jiaxiao.analytics.ContactStats;
import org.jiaxiao.analytics.ContactStatsFilter;
import org.jiaxiao.analytics.CoverageDimension;
import org.jiaxiao.analytics.CoverageStats;
import org.jiaxiao.analytics.CoverageStatsFilter;
import org.jiaxiao.directory.StaffMember;
import org.jiaxiao.directory.graphql.Viewers;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * {@code Query.analytics} and its figures. The entry point itself checks the role, so an
 * unauthorised caller gets FORBIDDEN before any figure is computed.
 */
@Controller
class AnalyticsController {

	private final AnalyticsService analytics;

	AnalyticsController(AnalyticsService analytics) {
		this.analytics = analytics;
	}

	@QueryMapping
	AnalyticsRoot analytics(Principal principal) {
		StaffMember viewer = Viewers.require(principal);
		this.analytics.requireAnalyst(viewer);
		return new AnalyticsRoot(this.analytics.properties().minGroupSize(), this.analytics.properties().maxBuckets(),
				this.analytics.properties().roundingBase());
	}

	@SchemaMapping(typeName = "Analytics")
	ContactStats contactStats(AnalyticsRoot root, @Argument @Nullable ContactStatsFilter filter,
			@Argument List<AnalyticsDimension> groupBy, Principal principal) {
		return this.analytics.contactStats(Viewers.require(principal), filter, groupBy);
	}

	@SchemaMapping(typeName = "Analytics")
	CoverageStats coverageStats(AnalyticsRoot root, @Argument @Nullable CoverageStatsFilter filter,
			@Argument CoverageDimension groupBy, Principal principal) {
		return this.analytics.coverageStats(Viewers.require(principal), filter, groupBy);
	}

	/**
	 * The {@code Analytics} object: the settings a client may want to show.
	 *
	 * @param minGroupSize k
	 * @param maxBuckets the bucket limit
	 * @param roundingBase every count is a multiple of it
	 */
	record AnalyticsRoot(int minGroupSize, int maxBuckets, int roundingBase) {
	}

}
