package org.jiaxiao.directory;

import org.jspecify.annotations.Nullable;

/**
 * A parent or other guardian (家长/监护人) of a household.
 *
 * @param id id within the household ({@code gdn_…})
 * @param name name
 * @param relation relation to the children
 * @param phone mobile phone number
 * @param preferredChannel how they prefer to be reached
 */
public record Guardian(String id, String name, GuardianRelation relation, @Nullable String phone,
		ContactChannel preferredChannel) {
}
