/**
 * Jiaxiao, the home–school contact system. Packages are features ({@code directory},
 * {@code timeline}, …) plus {@code security} and {@code platform}.
 */
@NullMarked
package org.jiaxiao;

import org.jspecify.annotations.NullMarked;
