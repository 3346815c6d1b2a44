/**
 * Escalations: a matter that goes up a chain of people, step by step, each step with an
 * owner role and a deadline on the school calendar — a school's referral to the
 * moral-education office and on to leadership, a tutoring centre's retention chain from a
 * warning sign to the refund. The chains are the school's policy (compliance); every step
 * is written on the student's timeline; overdue steps are flagged by the compliance
 * sweep.
 */
@NullMarked
package org.jiaxiao.escalation;

import org.jspecify.annotations.NullMarked;
