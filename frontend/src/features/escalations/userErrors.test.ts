import { describe, expect, it } from 'vitest';
import { mapEscalationErrors } from './userErrors';

describe('mapEscalationErrors', () => {
  it("puts an output's error under its textarea, by key or by index, the rest above the form", () => {
    const { fields, general } = mapEscalationErrors(
      [
        { code: 'REQUIRED', field: ['input', 'outputs', 'conflictPoints'], message: '请填写矛盾点' },
        { code: 'TOO_LONG', field: ['input', 'outputs', '0'], message: '太长' },
        { code: 'NOT_ALLOWED', field: ['input', 'fromStep'], message: '您的角色不能推进' },
        { code: 'REQUIRED', field: ['input', 'lossReasons'], message: '原因' },
      ],
      { lossReasons: 'lossReasons' },
      ['process', 'result', 'conflictPoints'],
    );
    expect(fields).toEqual([
      { name: ['outputs', 'conflictPoints'], errors: ['请填写矛盾点'] },
      { name: ['outputs', 'process'], errors: ['太长'] },
      { name: 'lossReasons', errors: ['原因'] },
    ]);
    expect(general).toEqual(['您的角色不能推进']);
  });
});
