/**
 * The administrator's edits of the school directory: students, households, classes and
 * staff, moves between classes and leavers.
 */
@NullMarked
package org.jiaxiao.directory.admin;

import org.jspecify.annotations.NullMarked;
