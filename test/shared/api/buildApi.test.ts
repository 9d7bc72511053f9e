import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../shared/api/buildApi';
import { inputSchemas } from '../../../shared/api/inputSchemas';
import { API_METHODS } from '../../../shared/api/methods';
import { ERROR_CODES, ERROR_MESSAGES } from '../../../shared/api/errors';

describe('the generated window.api', () => {
  it('has exactly one function per listed method, each sending on its own channel', async () => {
    const sent: [string, unknown][] = [];
    const api = buildApi((channel, input) => {
      sent.push([channel, input]);
      return Promise.resolve({ ok: true, value: null });
    });
    const surface = Object.fromEntries(
      Object.entries(api).map(([ns, methods]) => [ns, Object.keys(methods as object)]),
    );
    expect(surface).toEqual(Object.fromEntries(Object.entries(API_METHODS).map(([ns, m]) => [ns, [...m]])));
    await api.cases.rename({ id: 'x', name: 'y' });
    expect(sent).toEqual([['cases:rename', { id: 'x', name: 'y' }]]);
    expect(Object.isFrozen(api) && Object.isFrozen(api.cases)).toBe(true);
  });

  it('every listed method has an input schema', () => {
    for (const [ns, methods] of Object.entries(API_METHODS)) {
      for (const method of methods)
        expect(
          (inputSchemas as Record<string, Record<string, unknown>>)[ns]?.[method],
          `${ns}.${method}`,
        ).toBeDefined();
    }
  });

  it('every error code has a plain-English sentence', () => {
    for (const code of ERROR_CODES) expect(ERROR_MESSAGES[code]).toMatch(/^[A-Z].+\.$/);
  });
});
