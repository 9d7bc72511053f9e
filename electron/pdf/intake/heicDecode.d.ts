// heic-decode (WebAssembly libheif) ships no types. This covers the part intake uses.
declare module 'heic-decode' {
  interface DecodedHeicImage {
    width: number;
    height: number;
    /** RGBA, 4 bytes per pixel. */
    data: Uint8ClampedArray;
  }
  interface LazyHeicImage {
    width: number;
    height: number;
    decode(): Promise<DecodedHeicImage>;
  }
  interface HeicDecode {
    (input: { buffer: Uint8Array }): Promise<DecodedHeicImage>;
    all(input: { buffer: Uint8Array }): Promise<LazyHeicImage[] & { dispose(): void }>;
  }
  const decode: HeicDecode;
  export default decode;
}
