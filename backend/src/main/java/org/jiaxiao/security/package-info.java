@NullMarked
package org.jiaxiao.security;

import org.jspecify.annotations.NullMarked;
