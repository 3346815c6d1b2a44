/**
 * Beans of the {@code bench} Spring profile, added to the app started by the benchmark:
 * the REST baseline, its security, the round-trip counter and the document-cache switch.
 */
@NullMarked
package org.jiaxiao.bench.app;

import org.jspecify.annotations.NullMarked;
