import { formatMegabytes } from '../../../shared/bundle/estimateBundleSize';

/** "about 4.2 MB", or "less than 0.1 MB" for small files rather than a puzzling "0.0 MB". */
export function formatSize(bytes: number): string {
  return bytes < 0.1 * 1024 * 1024 ? 'less than 0.1 MB' : `about ${formatMegabytes(bytes)}`;
}
