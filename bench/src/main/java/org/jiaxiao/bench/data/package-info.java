/**
 * Generates a school at scale with a fixed seed and writes it through the app's own
 * directory documents and history import.
 */
@NullMarked
package org.jiaxiao.bench.data;

import org.jspecify.annotations.NullMarked;
