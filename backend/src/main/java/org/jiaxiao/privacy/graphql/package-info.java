@NullMarked
package org.jiaxiao.privacy.graphql;

import org.jspecify.annotations.NullMarked;
