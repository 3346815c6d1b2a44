/**
 * Operations' view of the app: a request id on every request (log lines, response header,
 * GraphQL {@code extensions}), Prometheus metrics on a management port when switched on,
 * structured logs when asked for. See {@code docs/operations.md}.
 */
@NullMarked
package org.jiaxiao.platform.observe;

import org.jspecify.annotations.NullMarked;
