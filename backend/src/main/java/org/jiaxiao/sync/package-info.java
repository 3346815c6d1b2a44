/**
 * The sync feed for offline clients: a change log written from timeline events, numbered
 * from one counter, read with cursors that never skip a change still being written.
 */
@NullMarked
package org.jiaxiao.sync;

import org.jspecify.annotations.NullMarked;
