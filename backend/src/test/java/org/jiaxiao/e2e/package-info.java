/** The SPA end to end: the packaged app and a real headless Chromium. */
@NullMarked
package org.jiaxiao.e2e;

import org.jspecify.annotations.NullMarked;
