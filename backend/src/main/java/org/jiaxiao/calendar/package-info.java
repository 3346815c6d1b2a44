/**
 * The school calendar: school years, terms, breaks, public holidays and make-up working
 * days, and the working days counted from them.
 */
@NullMarked
package org.jiaxiao.calendar;

import org.jspecify.annotations.NullMarked;
