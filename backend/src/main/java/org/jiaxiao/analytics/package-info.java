/**
 * Anonymised aggregates for analysts: contact and coverage figures computed by MongoDB
 * aggregation, with small-group and complementary suppression. Nothing here returns a
 * student, a household or free text.
 */
@NullMarked
package org.jiaxiao.analytics;

import org.jspecify.annotations.NullMarked;
