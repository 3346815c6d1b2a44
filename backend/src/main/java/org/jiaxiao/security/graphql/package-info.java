@NullMarked
package org.jiaxiao.security.graphql;

import org.jspecify.annotations.NullMarked;
