/**
 * The load driver and the three ways of doing a screen's work: GraphQL over HTTP, REST
 * over HTTP, and the raw driver in-process.
 */
@NullMarked
package org.jiaxiao.bench.load;

import org.jspecify.annotations.NullMarked;
