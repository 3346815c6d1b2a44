@NullMarked
package org.jiaxiao.directory;

import org.jspecify.annotations.NullMarked;
