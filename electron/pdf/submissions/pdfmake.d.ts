// pdfmake 0.3 ships no TypeScript types (and @types/pdfmake describes 0.2), so this declares only
// the part of its Node API that renderSubmissionPdf uses.
declare module 'pdfmake' {
  export interface PdfMakeFontFiles {
    normal: string;
    bold: string;
    italics: string;
    bolditalics: string;
  }

  export interface PdfMakeOutput {
    getBuffer(): Promise<Buffer>;
  }

  export interface PdfMake {
    setFonts(fonts: Record<string, PdfMakeFontFiles>): void;
    setUrlAccessPolicy(allow: (url: string) => boolean): void;
    setLocalAccessPolicy(allow: (path: string) => boolean): void;
    createPdf(definition: Record<string, unknown>): PdfMakeOutput;
  }

  const pdfmake: PdfMake;
  export default pdfmake;
}
