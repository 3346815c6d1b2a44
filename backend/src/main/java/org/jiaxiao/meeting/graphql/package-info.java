/**
 * Meetings in the graph: recording one, and the fields of a meeting that read other
 * collections (batched).
 */
@NullMarked
package org.jiaxiao.meeting.graphql;

import org.jspecify.annotations.NullMarked;
