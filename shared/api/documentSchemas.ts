import { z } from 'zod';
import './plainZodErrors';
import { isIsoDate } from '../domain/dates';
import { DOCUMENT_CATEGORIES } from '../domain/documentCategories';

// Input schemas of the documents namespace (re-exported by schemas.ts). The metadata schemas also
// drive the document page's form, so each message is what a person sees next to the field.

/** The largest file the app takes. Bigger than any real scanned bundle, small enough to hold in memory. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const caseId = z.uuid({ error: 'That case reference is not valid.' });
const documentId = z.uuid({ error: 'That document reference is not valid.' });
// eslint-disable-next-line no-control-regex -- finding control characters is the point of this check
const noControlCharacters = (value: string) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value);
const pageIndex = z
  .int({ error: 'That page number is not valid.' })
  .min(0, { error: 'That page number is not valid.' });
const pageIndexes = z
  .array(pageIndex, { error: 'Choose at least one page.' })
  .min(1, { error: 'Choose at least one page.' })
  .max(3000, { error: 'That is more pages than a document can have.' });

export const documentTitleSchema = z
  .string({ error: 'Enter a title for this document.' })
  .trim()
  .min(1, { error: 'Enter a title for this document.' })
  .max(200, { error: 'The title must be 200 characters or fewer.' })
  .refine((value) => noControlCharacters(value) && !value.includes('\n'), {
    error: 'The title must not contain hidden control characters.',
  });

export const documentDateSchema = z
  .string()
  .refine(isIsoDate, { error: 'The date on the document must be a real date, for example 27 3 2026.' })
  .nullable();

export const documentAuthorSchema = z
  .string()
  .trim()
  .max(200, { error: 'Who wrote it must be 200 characters or fewer.' })
  .refine(noControlCharacters, { error: 'Who wrote it must not contain hidden control characters.' })
  .nullable();

export const documentCategorySchema = z
  .enum(DOCUMENT_CATEGORIES, { error: 'Choose a type of document from the list.' })
  .nullable();

export const documentNotesSchema = z
  .string()
  .max(5000, { error: 'Notes must be 5,000 characters or fewer.' })
  .refine(noControlCharacters, { error: 'Notes must not contain hidden control characters.' })
  .nullable();

export const importDocumentInput = z
  .object({
    caseId,
    /** The name of the file as the person's computer showed it; only used for messages and suggestions. */
    fileName: z
      .string({ error: 'The file has no name.' })
      .min(1, { error: 'The file has no name.' })
      .max(1000, { error: 'The file name is too long.' }),
    bytes: z
      // custom rather than instanceof: any Uint8Array will do, whatever buffer is behind it.
      .custom<Uint8Array>((value) => value instanceof Uint8Array, {
        error: 'The file could not be read. Try adding it again.',
      })
      .refine((bytes) => bytes.byteLength <= MAX_IMPORT_BYTES, {
        error:
          'This file is too large to add: the largest file Appeal Bundle can take is 200 MB. Ask for a smaller copy or split it into parts.',
      }),
    /** The password the person typed for a PDF that needs one to open. */
    password: z.string().max(1024, { error: 'That password is too long.' }).optional(),
    /** The person has seen the "you already added this" warning and wants a second copy. */
    allowDuplicate: z.boolean().optional(),
  })
  .strict();

export const listDocumentsInput = z.object({ caseId }).strict();

export const documentRefInput = z.object({ id: documentId }).strict();

export const updateDocumentInput = z
  .object({
    id: documentId,
    title: documentTitleSchema,
    documentDate: documentDateSchema,
    author: documentAuthorSchema,
    category: documentCategorySchema,
    notes: documentNotesSchema,
  })
  .strict();

export const rotatePageInput = z.object({ id: documentId, pageIndex, turn: z.enum(['left', 'right']) }).strict();

export const removePagesInput = z.object({ id: documentId, pageIndexes }).strict();

export const extractPagesInput = z.object({ id: documentId, pageIndexes, title: documentTitleSchema }).strict();

export const thumbnailInput = z.object({ id: documentId, pageIndex }).strict();

export type ImportDocumentInput = z.input<typeof importDocumentInput>;
export type ListDocumentsInput = z.input<typeof listDocumentsInput>;
export type DocumentRefInput = z.input<typeof documentRefInput>;
export type UpdateDocumentInput = z.input<typeof updateDocumentInput>;
export type RotatePageInput = z.input<typeof rotatePageInput>;
export type RemovePagesInput = z.input<typeof removePagesInput>;
export type ExtractPagesInput = z.input<typeof extractPagesInput>;
export type ThumbnailInput = z.input<typeof thumbnailInput>;
