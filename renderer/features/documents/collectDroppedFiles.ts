// A dropped folder arrives as a directory entry, not as files: walk it (and any folders inside)
// so that dropping a folder does the same as choosing it with the folder picker.

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    // readEntries returns at most about 100 entries per call; an empty batch means the end.
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0) resolve(all);
        else {
          all.push(...batch);
          next();
        }
      }, reject);
    next();
  });
}

async function filesOf(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) {
    return new Promise((resolve) =>
      (entry as FileSystemFileEntry).file(
        (file) => resolve([file]),
        () => resolve([]),
      ),
    );
  }
  if (entry.isDirectory) {
    const children = await readAllEntries((entry as FileSystemDirectoryEntry).createReader()).catch(() => []);
    const nested = await Promise.all(children.sort((a, b) => a.name.localeCompare(b.name)).map(filesOf));
    return nested.flat();
  }
  return [];
}

/** Every file dropped, including those inside dropped folders, in name order within a folder. */
export async function collectDroppedFiles(transfer: DataTransfer): Promise<File[]> {
  const entries = Array.from(transfer.items)
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry());
  if (entries.every((entry) => entry !== null)) return (await Promise.all(entries.map(filesOf))).flat();
  return Array.from(transfer.files);
}

/** Hidden system files (.DS_Store, Thumbs.db) are never documents a family meant to add. */
export function withoutSystemFiles(files: File[]): File[] {
  return files.filter(
    (file) =>
      !file.name.startsWith('.') &&
      file.name.toLowerCase() !== 'thumbs.db' &&
      file.name.toLowerCase() !== 'desktop.ini',
  );
}
