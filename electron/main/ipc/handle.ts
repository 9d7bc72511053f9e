import type { IpcMain } from 'electron';
import type { ZodError } from 'zod';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/errors';
import { inputSchemas } from '../../../shared/api/inputSchemas';
import { API_METHODS, channelOf } from '../../../shared/api/methods';
import type { FieldProblem, Result } from '../../../shared/api/result';
import { toAppError } from '../../services/toAppError';

/** Who sent a message: the URL of the frame it came from. */
export interface Sender {
  url: string;
}

export interface Logger {
  error(message: string, detail?: unknown): void;
}

export interface DispatchDeps {
  handlers: Handlers;
  isTrustedSender: (sender: Sender) => boolean;
  log: Logger;
  newReference: () => string;
  /**
   * Why the workspace is closed (locked, or its lock being changed), if it is: a call already
   * under way when the database closed fails in whatever way, and is answered with this instead.
   */
  workspaceClosedError?: () => AppError | undefined;
}

export type Dispatch = (channel: string, input: unknown, sender: Sender) => Promise<Result<unknown>>;

type AnyHandler = (input: unknown) => unknown;
type AnySchema = { safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: ZodError } };

/**
 * The one path every call takes: sender check, then input validation, then the service, and a
 * `Result` out whatever happens. The renderer never receives a stack trace: unexpected errors are
 * logged here with a short reference and reach the person as "something went wrong".
 */
export function createDispatcher(deps: DispatchDeps): Dispatch {
  return async (channel, input, sender) => {
    if (!deps.isTrustedSender(sender)) {
      deps.log.error(`Refused ${channel} from an untrusted sender`, { url: sender.url });
      return { ok: false, error: new AppError('UNTRUSTED_SENDER').toShape() };
    }
    const route = lookup(deps.handlers, channel);
    if (!route) return { ok: false, error: new AppError('VALIDATION').toShape() };

    const parsed = route.schema.safeParse(input);
    if (!parsed.success) {
      return { ok: false, error: new AppError('VALIDATION', { fields: toFieldProblems(parsed.error) }).toShape() };
    }
    try {
      return { ok: true, value: await route.handler(parsed.data) };
    } catch (error) {
      const known = toAppError(error) ?? deps.workspaceClosedError?.();
      if (known) return { ok: false, error: known.toShape() };
      const reference = deps.newReference();
      deps.log.error(`Unexpected error in ${channel} (reference ${reference})`, error);
      return { ok: false, error: { ...new AppError('INTERNAL').toShape(), reference } };
    }
  };
}

/** Registers one ipcMain handler per method in the list; nothing else listens. */
export function registerIpc(ipcMain: IpcMain, dispatch: Dispatch): void {
  for (const [namespace, methods] of Object.entries(API_METHODS)) {
    for (const method of methods) {
      const channel = channelOf(namespace, method);
      ipcMain.handle(channel, (event, input: unknown) =>
        // senderFrame is null when the frame has navigated away or been destroyed: refuse then.
        dispatch(channel, input, { url: event.senderFrame?.url ?? '' }),
      );
    }
  }
}

/** Finds a method's schema and handler, using only own properties of the listed methods. */
function lookup(handlers: Handlers, channel: string): { schema: AnySchema; handler: AnyHandler } | undefined {
  const [namespace, method, ...rest] = channel.split(':');
  if (!namespace || !method || rest.length > 0 || !Object.hasOwn(API_METHODS, namespace)) return undefined;
  const listed: readonly string[] = API_METHODS[namespace as keyof typeof API_METHODS];
  if (!listed.includes(method)) return undefined;
  const schemas = inputSchemas[namespace as keyof typeof inputSchemas] as Record<string, AnySchema>;
  const group = handlers[namespace as keyof Handlers] as Record<string, AnyHandler>;
  const schema = schemas[method];
  const handler = group[method];
  return schema && handler ? { schema, handler: handler.bind(group) } : undefined;
}

function toFieldProblems(error: ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}
