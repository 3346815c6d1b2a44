package org.jiaxiao.sync.graphql;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.directory.graphql.Viewers;
import org.jiaxiao.sync.ChangeFeed;
import org.jiaxiao.sync.SyncService;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code Query.changes}: the sync feed for offline clients. */
@Controller
class SyncController {

	private final SyncService sync;

	SyncController(SyncService sync) {
		this.sync = sync;
	}

	@QueryMapping
	ChangeFeed changes(@Argument @Nullable String since, @Argument @Nullable Integer first, Principal principal) {
		return this.sync.changes(Viewers.require(principal), since, first);
	}

}
