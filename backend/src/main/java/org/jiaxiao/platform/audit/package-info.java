/**
 * The audit trail: every read of sensitive personal information and every write, recorded
 * asynchronously in {@code audit_events} and never lost on a normal shutdown.
 */
@NullMarked
package org.jiaxiao.platform.audit;

import org.jspecify.annotations.NullMarked;
