/**
 * Notifications in the graph.
 */
@NullMarked
package org.jiaxiao.notification.graphql;

import org.jspecify.annotations.NullMarked;
