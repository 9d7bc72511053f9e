import type { InputSchemas } from './contract';
import * as S from './schemas';

/** The schema that parses each method's input, checked against the spec by the compiler. */
export const inputSchemas = {
  cases: {
    list: S.listCasesInput,
    get: S.caseRefInput,
    create: S.createCaseInput,
    rename: S.renameCaseInput,
    setArchived: S.setArchivedInput,
    delete: S.deleteCaseInput,
    saveFacts: S.saveFactsInput,
    exportCalendar: S.caseRefInput,
  },
  documents: {
    import: S.importDocumentInput,
    list: S.listDocumentsInput,
    get: S.documentRefInput,
    update: S.updateDocumentInput,
    rotatePage: S.rotatePageInput,
    removePages: S.removePagesInput,
    extractPages: S.extractPagesInput,
    resetPages: S.documentRefInput,
    delete: S.documentRefInput,
    thumbnail: S.thumbnailInput,
  },
} satisfies InputSchemas;
