import { describe, expect, it } from 'vitest';
import { mayChangeEntry } from './editPermission';

describe('who is offered amend and withdraw', () => {
  const now = Date.parse('2026-11-20T10:00:00Z');
  const entry = (recordedAt: string, authorId = 'stf_chen', retraction: unknown = null) => ({
    recordedAt,
    author: { id: authorId },
    retraction,
  });

  it('the author within 7 days of writing it', () => {
    const chen = { id: 'stf_chen', roles: ['HOMEROOM_TEACHER' as const] };
    expect(mayChangeEntry(chen, entry('2026-11-13T10:00:00Z'), now)).toBe(true);
    expect(mayChangeEntry(chen, entry('2026-11-13T09:59:00Z'), now)).toBe(false);
    expect(mayChangeEntry(chen, entry('2026-11-19T10:00:00Z', 'stf_liu'), now)).toBe(false);
  });

  it('the principal and 德育处 any time, nobody once withdrawn', () => {
    for (const role of ['PRINCIPAL', 'MORAL_EDUCATION'] as const) {
      const leader = { id: 'stf_x', roles: [role] };
      expect(mayChangeEntry(leader, entry('2025-12-01T00:00:00Z'), now)).toBe(true);
      expect(mayChangeEntry(leader, entry('2026-11-19T00:00:00Z', 'stf_chen', { reason: 'x' }), now)).toBe(
        false,
      );
    }
    expect(mayChangeEntry({ id: 'g', roles: ['GRADE_LEADER'] }, entry('2026-11-19T10:00:00Z'), now)).toBe(
      false,
    );
    expect(mayChangeEntry(null, entry('2026-11-19T10:00:00Z'), now)).toBe(false);
  });
});
