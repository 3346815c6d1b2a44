@NullMarked
package org.jiaxiao.platform.web;

import org.jspecify.annotations.NullMarked;
