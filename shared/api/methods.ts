// The list of every method the renderer may call, by namespace. It imports nothing, so the
// sandboxed preload and the browser harness can build `window.api` from it. The compiler checks
// that it matches `ApiSpec` in contract.ts exactly (see the assertion at the end of contract.ts).
export const API_METHODS = {
  cases: ['list', 'get', 'create', 'rename', 'setArchived', 'delete', 'saveFacts', 'exportCalendar', 'updateDetails'],
  documents: [
    'import',
    'list',
    'get',
    'update',
    'rotatePage',
    'removePages',
    'extractPages',
    'resetPages',
    'delete',
    'thumbnail',
  ],
  timeline: ['get', 'setDate', 'removeDate', 'reminders', 'exportCalendar'],
  notes: ['list', 'create', 'update', 'delete'],
  backups: ['list', 'create', 'restore', 'status', 'restoreLocked'],
  bundle: ['get', 'saveOrder', 'saveOptions', 'export', 'exportStatus', 'cancelExport', 'history'],
  examples: ['create'],
  handover: ['export', 'import'],
  submissions: ['get', 'saveAnswers', 'export'],
  lock: [
    'status',
    'unlock',
    'unlockWithRecoveryKey',
    'setPassphrase',
    'changePassphrase',
    'removePassphrase',
    'lockNow',
    'setIdleMinutes',
  ],
} as const;

export type ApiNamespace = keyof typeof API_METHODS;

/** Channel name for one method: `namespace:method`, as in Electron's own `dialog:openFile` style. */
export function channelOf(namespace: string, method: string): string {
  return `${namespace}:${method}`;
}
