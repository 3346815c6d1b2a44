/** GraphQL fields of tutoring contracts. */
@NullMarked
package org.jiaxiao.tutoring.graphql;

import org.jspecify.annotations.NullMarked;
