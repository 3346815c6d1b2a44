@NullMarked
package org.jiaxiao.platform.idempotency;

import org.jspecify.annotations.NullMarked;
