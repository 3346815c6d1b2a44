/**
 * Measurements that are not request load: document growth over years, the SPA's
 * first-load size, the embedded server's ceiling.
 */
@NullMarked
package org.jiaxiao.bench.measure;

import org.jspecify.annotations.NullMarked;
