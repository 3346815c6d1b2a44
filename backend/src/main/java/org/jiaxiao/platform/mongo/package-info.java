@NullMarked
package org.jiaxiao.platform.mongo;

import org.jspecify.annotations.NullMarked;
