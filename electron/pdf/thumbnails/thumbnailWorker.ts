// Entry point of the thumbnail worker process (bundled as ESM like the intake worker, with the
// native and WebAssembly libraries left external). Drawing a page runs the same parsers as intake
// over the same untrusted files, so it gets the same isolation: its own process and a watchdog.
import { renderThumbnail } from './renderThumbnail';
import { serveThumbnails } from './serveThumbnails';

serveThumbnails(renderThumbnail);
