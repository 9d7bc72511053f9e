import { describe, expect, it } from 'vitest';
import { createDispatcher, type Sender } from '../../../electron/main/ipc/handle';
import type { Handlers } from '../../../shared/api/contract';
import { API_METHODS, channelOf } from '../../../shared/api/methods';
import { handlersFor } from '../../helpers/handlersFor';
import { useWorkspace } from '../../helpers/workspace';

const workspace = useWorkspace();
const APP: Sender = { url: 'app://bundle/index.html' };

function setup(overrides?: (handlers: Handlers) => Handlers) {
  const { db, services } = workspace();
  const logged: string[] = [];
  const handlers = handlersFor(services);
  const dispatch = createDispatcher({
    handlers: overrides ? overrides(handlers) : handlers,
    isTrustedSender: (sender) => sender.url.startsWith('app://bundle/'),
    log: { error: (message) => logged.push(message) },
    newReference: () => 'REF123',
  });
  const snapshot = () => JSON.stringify(db.prepare('SELECT * FROM cases ORDER BY id').all());
  return { db, services, dispatch, logged, snapshot };
}

// Inputs every method must refuse: wrong shapes, wrong types, extra keys, hostile values.
const BAD_INPUTS: unknown[] = [
  undefined,
  null,
  42,
  'cases',
  [],
  { id: 'not-a-uuid', name: 'x', archived: true, confirm: true },
  { id: '00000000-0000-4000-8000-000000000000', name: '', archived: 'yes', confirm: 'true', sort: 'size' },
  { name: 'a'.repeat(121), id: '00000000-0000-4000-8000-000000000000', archived: true, confirm: true, extra: 1 },
  { name: 'tab\there', id: '00000000-0000-4000-8000-000000000000', archived: 1, confirm: false },
];

describe('handle.ts dispatcher', () => {
  for (const [namespace, methods] of Object.entries(API_METHODS)) {
    for (const method of methods) {
      const channel = channelOf(namespace, method);
      it(`${channel}: invalid input is refused with VALIDATION and changes nothing`, async () => {
        const { services, dispatch, snapshot } = setup();
        services.cases.create({ name: 'Existing' });
        const before = snapshot();
        for (const input of BAD_INPUTS) {
          const result = await dispatch(channel, input, APP);
          if (result.ok) throw new Error(`${channel} accepted ${JSON.stringify(input)}`);
          expect(result.error.code).toBe('VALIDATION');
          expect(result.error.message).toMatch(/could not be used/);
          expect(JSON.stringify(result.error)).not.toMatch(/Expected|received|ZodError|at \w+ \(/);
        }
        expect(snapshot()).toBe(before);
      });
    }
  }

  it('names the field and says what to do in plain English', async () => {
    const { dispatch } = setup();
    const result = await dispatch('cases:create', { name: '   ' }, APP);
    expect(result).toEqual({
      ok: false,
      error: expect.objectContaining({
        code: 'VALIDATION',
        fields: [{ path: 'name', message: 'Enter a name for this appeal.' }],
      }),
    });
  });

  it('refuses calls from an untrusted sender before touching anything', async () => {
    const { dispatch, snapshot, logged } = setup();
    const before = snapshot();
    for (const url of ['https://evil.example/', 'file:///etc/passwd', '', 'app://other/index.html']) {
      const result = await dispatch('cases:create', { name: 'Injected' }, { url });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('UNTRUSTED_SENDER');
    }
    expect(snapshot()).toBe(before);
    expect(logged.length).toBe(4);
  });

  it('refuses unknown and hostile channel names', async () => {
    const { dispatch } = setup();
    for (const channel of [
      'cases:drop',
      '__proto__:constructor',
      'constructor:name',
      'cases',
      'cases:list:extra',
      'toString:call',
    ]) {
      const result = await dispatch(channel, {}, APP);
      expect(result.ok).toBe(false);
    }
  });

  it('turns an unexpected error into INTERNAL with a reference, logged, never a stack trace', async () => {
    const { dispatch, logged } = setup((handlers) => ({
      ...handlers,
      cases: {
        ...handlers.cases,
        list: () => {
          throw new TypeError('secret internals at line 42');
        },
      },
    }));
    const result = await dispatch('cases:list', {}, APP);
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: expect.stringMatching(/Something went wrong/), reference: 'REF123' },
    });
    expect(JSON.stringify(result)).not.toMatch(/secret internals|TypeError/);
    expect(logged).toEqual(['Unexpected error in cases:list (reference REF123)']);
  });

  it('explains a full disk instead of "something went wrong"', async () => {
    const { dispatch } = setup((handlers) => ({
      ...handlers,
      cases: {
        ...handlers.cases,
        create: () => {
          throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
        },
      },
    }));
    const result = await dispatch('cases:create', { name: 'Maya' }, APP);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('STORAGE_FULL');
  });

  it('returns the value of a successful call', async () => {
    const { dispatch } = setup();
    // The schema tidies input before the service sees it: surrounding spaces are dropped.
    const created = await dispatch('cases:create', { name: '  Maya  ' }, APP);
    expect(created.ok && (created.value as { name: string }).name).toBe('Maya');
  });
});
