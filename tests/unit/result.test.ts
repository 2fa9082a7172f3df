import { ok, fail } from '../../src/domain/result';

describe('Validated', () => {
  it('carries a value when ok and issues when not', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail({ field: 'x', code: 'required' })).toEqual({ ok: false, issues: [{ field: 'x', code: 'required' }] });
  });
});
