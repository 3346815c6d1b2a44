/**
 * Families' rights over their data (PIPL): consents, an export of everything held, and
 * erasure once the retention period is over.
 */
@NullMarked
package org.jiaxiao.privacy;

import org.jspecify.annotations.NullMarked;
