@NullMarked
package org.jiaxiao.escalation.graphql;

import org.jspecify.annotations.NullMarked;
