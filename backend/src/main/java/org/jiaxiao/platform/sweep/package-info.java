/**
 * The periodic sweep's schedule and its lease, so that of several instances one runs it
 * at a time, and the work features hand to it.
 */
@NullMarked
package org.jiaxiao.platform.sweep;

import org.jspecify.annotations.NullMarked;
