// Entry point of the intake worker process (bundled as ESM with the native and WebAssembly
// libraries left external). Started by intakeRunner through utilityProcess.fork in Electron, or
// child_process.fork under Node (tests, browser harness).
import { intakeFile } from './intakeFile';
import { serveIntake } from './serveIntake';

serveIntake((request) => intakeFile(request.bytes, request.fileName, request.options));
