package org.jiaxiao.escalation;

/**
 * A written output of a step, e.g. conflictPoints → 家长对排课不满…
 *
 * @param key the output key
 * @param value the text
 */
public record StepOutput(String key, String value) {
}
