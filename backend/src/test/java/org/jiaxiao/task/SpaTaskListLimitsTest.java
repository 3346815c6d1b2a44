package org.jiaxiao.task;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.jiaxiao.support.ApiTest;

/**
 * The SPA's task list (its own document, at the page size it asks for) stays within the
 * query limits: a field added to it multiplies by the page size, and a list of a learning
 * manager's many tasks is the one that would be refused first.
 */
class SpaTaskListLimitsTest extends ApiTest {

	/** {@code TASKS_PAGE} in frontend/src/features/tasks/hooks/useMyTasks.ts. */
	private static final int SPA_PAGE = 50;

	@Test
	void theSpasTaskListAtItsPageSizeIsWithinTheQueryLimits() throws IOException {
		String document = Files
			.readString(Path.of("..", "frontend", "src", "features", "tasks", "api", "myTasks.graphql"));
		as("learning-manager").document(document)
			.variable("first", SPA_PAGE)
			.execute()
			.path("myTasks.totalCount")
			.hasValue();
	}

}
