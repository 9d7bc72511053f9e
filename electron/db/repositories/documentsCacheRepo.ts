import type { Db } from '../openDatabase';

/** What a stored page-source blob is: a PDF or one upright JPEG page. */
export type BlobKind = 'pdf' | 'jpeg';

/** A page as stored: size before any turn, and for PDFs the page's own /Rotate. */
export interface StoredPageSize {
  width: number;
  height: number;
  rotation: number;
}

export interface BlobContents {
  kind: BlobKind;
  pages: StoredPageSize[];
  text: string;
}

export interface CachedThumbnail {
  png: Uint8Array;
  width: number;
  height: number;
}

/**
 * Derived data cached by blob hash (migration 0004): what intake learnt about a stored file, and
 * page thumbnails. Rows go with their blob (ON DELETE CASCADE), so the cache never outlives a file.
 */
export function createDocumentsCacheRepo(db: Db) {
  const putContents = db.prepare<[string, string, string, string]>(
    'INSERT OR REPLACE INTO blob_contents (sha256, kind, pages, text) VALUES (?, ?, ?, ?)',
  );
  const getContents = db.prepare<[string], { kind: BlobKind; pages: string; text: string }>(
    'SELECT kind, pages, text FROM blob_contents WHERE sha256 = ?',
  );
  const putThumbnail = db.prepare<[string, number, Uint8Array, number, number]>(
    'INSERT OR REPLACE INTO page_thumbnails (sha256, page_index, png, width, height) VALUES (?, ?, ?, ?, ?)',
  );
  const getThumbnail = db.prepare<[string, number], { png: Buffer; width: number; height: number }>(
    'SELECT png, width, height FROM page_thumbnails WHERE sha256 = ? AND page_index = ?',
  );

  return {
    putContents(sha256: string, contents: BlobContents): void {
      putContents.run(sha256, contents.kind, JSON.stringify(contents.pages), contents.text);
    },
    getContents(sha256: string): BlobContents | undefined {
      const row = getContents.get(sha256);
      return row ? { kind: row.kind, pages: JSON.parse(row.pages) as StoredPageSize[], text: row.text } : undefined;
    },
    putThumbnail(sha256: string, pageIndex: number, thumbnail: CachedThumbnail): void {
      putThumbnail.run(sha256, pageIndex, thumbnail.png, thumbnail.width, thumbnail.height);
    },
    getThumbnail(sha256: string, pageIndex: number): CachedThumbnail | undefined {
      const row = getThumbnail.get(sha256, pageIndex);
      return row ? { png: new Uint8Array(row.png), width: row.width, height: row.height } : undefined;
    },
  };
}

export type DocumentsCacheRepo = ReturnType<typeof createDocumentsCacheRepo>;
