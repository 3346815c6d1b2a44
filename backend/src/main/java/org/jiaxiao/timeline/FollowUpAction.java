package org.jiaxiao.timeline;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A follow-up action agreed at a contact.
 *
 * @param action what is to be done
 * @param owner who does it
 * @param dueDate by when
 */
public record FollowUpAction(String action, String owner, @Nullable LocalDate dueDate) {
}
