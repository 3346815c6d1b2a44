@NullMarked
package org.jiaxiao.demo;

import org.jspecify.annotations.NullMarked;
