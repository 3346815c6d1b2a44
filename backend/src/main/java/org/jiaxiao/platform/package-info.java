@NullMarked
package org.jiaxiao.platform;

import org.jspecify.annotations.NullMarked;
