// JSON that carries bytes. Over Electron IPC a Uint8Array crosses as bytes (structured clone); the
// browser harness speaks JSON over HTTP, so bytes travel as { "$bytes": "<base64>" } and are turned
// back into Uint8Arrays on the other side. The API contract is the same on both transports.

interface BytesMarker {
  $bytes: string;
}

function isBytesMarker(value: unknown): value is BytesMarker {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as BytesMarker).$bytes === 'string'
  );
}

// Node (the harness server) has Buffer, which is fast for large files; the page has only btoa/atob.
const hasBuffer = typeof Buffer !== 'undefined';

function toBase64(bytes: Uint8Array): string {
  if (hasBuffer) return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
  let binary = '';
  // Chunks keep String.fromCharCode's argument list well under engine limits.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  if (hasBuffer) return new Uint8Array(Buffer.from(text, 'base64'));
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function encodeJson(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key, converted: unknown) {
    // Read the original: JSON.stringify has already run Buffer's own toJSON on `converted`.
    const original = this[key];
    return original instanceof Uint8Array ? ({ $bytes: toBase64(original) } satisfies BytesMarker) : converted;
  });
}

export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, value: unknown) => (isBytesMarker(value) ? fromBase64(value.$bytes) : value));
}
