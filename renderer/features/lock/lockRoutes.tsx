import type { RouteObject } from 'react-router';
import { ChangePassphraseScreen } from './ChangePassphraseScreen';
import { LockSettingsScreen } from './LockSettingsScreen';
import { TurnOffLockScreen } from './TurnOffLockScreen';

/** The passphrase lock's settings (issue 7). The locked screen itself is not a route: see LockGate. */
export const lockRoutes: RouteObject[] = [
  { path: 'lock', element: <LockSettingsScreen /> },
  { path: 'lock/change', element: <ChangePassphraseScreen /> },
  { path: 'lock/turn-off', element: <TurnOffLockScreen /> },
];
