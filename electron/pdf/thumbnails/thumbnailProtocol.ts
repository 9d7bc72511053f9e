// Messages between the thumbnail runner (app side) and the thumbnail worker process. Only plain
// objects, strings, numbers and Uint8Arrays, so they survive structured clone on either transport
// (child_process "advanced" serialization, Electron's utilityProcess postMessage).

export interface ThumbnailRequest {
  type: 'thumbnail';
  id: number;
  /** The stored blob's hash: lets the worker keep the last parsed PDF between pages. */
  sha256: string;
  kind: 'pdf' | 'jpeg';
  bytes: Uint8Array;
  pageIndex: number;
  /** Longest side of the thumbnail, in pixels. */
  maxSide: number;
}

export interface Thumbnail {
  png: Uint8Array;
  width: number;
  height: number;
}

export type ThumbnailWorkerMessage =
  { type: 'memory'; rssBytes: number } | { type: 'thumbnailResult'; id: number; thumbnail: Thumbnail | null };

export function isThumbnailRequest(value: unknown): value is ThumbnailRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    v.type === 'thumbnail' &&
    typeof v.id === 'number' &&
    typeof v.sha256 === 'string' &&
    (v.kind === 'pdf' || v.kind === 'jpeg') &&
    v.bytes instanceof Uint8Array &&
    typeof v.pageIndex === 'number' &&
    typeof v.maxSide === 'number'
  );
}

export function isThumbnailWorkerMessage(value: unknown): value is ThumbnailWorkerMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.type === 'memory') return typeof v.rssBytes === 'number';
  return v.type === 'thumbnailResult' && typeof v.id === 'number' && typeof v.thumbnail === 'object';
}
