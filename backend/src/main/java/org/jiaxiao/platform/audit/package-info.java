/**
 * The audit trail: every read of sensitive personal information and every write, stored
 * in {@code audit_events} by the request that made it, before its answer.
 */
@NullMarked
package org.jiaxiao.platform.audit;

import org.jspecify.annotations.NullMarked;
