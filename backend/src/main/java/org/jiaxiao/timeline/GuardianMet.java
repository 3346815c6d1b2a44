package org.jiaxiao.timeline;

import org.jiaxiao.directory.GuardianRelation;

/**
 * A guardian as met at a contact: a snapshot, so a later change to the household does not
 * rewrite what was recorded.
 *
 * @param guardianId the guardian's id in the household
 * @param name name at the time
 * @param relation relation to the children
 */
public record GuardianMet(String guardianId, String name, GuardianRelation relation) {
}
