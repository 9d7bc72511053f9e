/**
 * Native dialogs, owned by the main process so the renderer never supplies a file path.
 * Electron's implementation is in electron/main/dialogs.ts; the browser harness and tests use
 * their own (test/harness/harnessDialogs.ts).
 */
export interface Dialogs {
  /** Asks where to save a file; undefined when the person cancels. */
  chooseSaveLocation(options: {
    suggestedName: string;
    filterName: string;
    extensions: string[];
  }): Promise<string | undefined>;
  /** Asks which folder to save into (the person may make a new one); undefined when they cancel. */
  chooseFolder(options: { title: string }): Promise<string | undefined>;
}
