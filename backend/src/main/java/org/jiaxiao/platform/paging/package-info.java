@NullMarked
package org.jiaxiao.platform.paging;

import org.jspecify.annotations.NullMarked;
