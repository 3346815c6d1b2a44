package org.jiaxiao.sync;

import java.util.List;

/**
 * One item a change concerns, with the classes it belongs to, so a reader keeps only the
 * items of its own scope.
 *
 * @param type what kind of item
 * @param id the item's id
 * @param classIds the classes of the students it belongs to
 */
record ChangeRef(ChangeType type, String id, List<String> classIds) {
}
