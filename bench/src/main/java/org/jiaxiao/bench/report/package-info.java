/**
 * The report: figures, targets met or missed, as Markdown and JSON.
 */
@NullMarked
package org.jiaxiao.bench.report;

import org.jspecify.annotations.NullMarked;
