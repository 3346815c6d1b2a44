@NullMarked
package org.jiaxiao.timeline;

import org.jspecify.annotations.NullMarked;
