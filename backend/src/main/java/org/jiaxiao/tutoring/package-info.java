/**
 * Tutoring centres (培训机构): families' contracts, signed with a consultant and looked after
 * by a learning manager. A campus is a school in the directory; its groups are classes
 * whose homeroom teacher is the learning manager.
 */
@NullMarked
package org.jiaxiao.tutoring;

import org.jspecify.annotations.NullMarked;
