import type { IntakeOptions, IntakeOutcome } from './intakeTypes';

// Messages between the intake runner (app side) and the intake worker process.

export interface IntakeRequest {
  type: 'intake';
  id: number;
  bytes: Uint8Array;
  fileName: string;
  options: IntakeOptions;
}

export type IntakeWorkerMessage =
  { type: 'memory'; rssBytes: number } | { type: 'result'; id: number; outcome: IntakeOutcome };

export function isIntakeRequest(value: unknown): value is IntakeRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === 'intake' &&
    typeof v.id === 'number' &&
    v.bytes instanceof Uint8Array &&
    typeof v.fileName === 'string' &&
    typeof v.options === 'object' &&
    v.options !== null
  );
}

export function isIntakeWorkerMessage(value: unknown): value is IntakeWorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'memory') return typeof v.rssBytes === 'number';
  return v.type === 'result' && typeof v.id === 'number' && typeof v.outcome === 'object' && v.outcome !== null;
}
