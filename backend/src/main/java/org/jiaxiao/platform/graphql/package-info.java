@NullMarked
package org.jiaxiao.platform.graphql;

import org.jspecify.annotations.NullMarked;
