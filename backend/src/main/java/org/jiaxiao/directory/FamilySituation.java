package org.jiaxiao.directory;

import org.jspecify.annotations.Nullable;

import org.jiaxiao.platform.graphql.SchemaEnum;

/**
 * How a family lives, as the school recorded it: sensitive personal information.
 *
 * @param structure who the child lives with
 * @param economy the economic situation
 * @param notes free notes by the homeroom teacher
 */
public record FamilySituation(Structure structure, Economy economy, @Nullable String notes) {

	/** Who a child lives with. */
	@SchemaEnum("FamilyStructure")
	public enum Structure {

		BOTH_PARENTS, SINGLE_PARENT, GRANDPARENTS, OTHER

	}

	/** A family's economic situation. */
	@SchemaEnum("FamilyEconomy")
	public enum Economy {

		ORDINARY, DIFFICULT, LOW_INCOME

	}

}
