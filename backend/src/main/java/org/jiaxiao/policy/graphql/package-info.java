/**
 * Policies, their presets and differences in the graph.
 */
@NullMarked
package org.jiaxiao.policy.graphql;

import org.jspecify.annotations.NullMarked;
