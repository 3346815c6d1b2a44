@NullMarked
package org.jiaxiao.timeline.graphql;

import org.jspecify.annotations.NullMarked;
