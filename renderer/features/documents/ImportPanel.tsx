import { useEffect, useRef, useState, type DragEvent } from 'react';
import { collectDroppedFiles, withoutSystemFiles } from './collectDroppedFiles';

/** Three ways in, all giving File objects: pick files, pick a whole folder, or drag and drop. */
export function ImportPanel({ onFiles }: { onFiles: (files: File[]) => void }) {
  const folderInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  // React has no prop for this non-standard (but universally supported) attribute.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  const take = (list: FileList | null, input?: HTMLInputElement) => {
    const files = withoutSystemFiles(Array.from(list ?? []));
    if (files.length > 0) onFiles(files);
    // Lets the person pick the same file again (for example after typing a wrong password).
    if (input) input.value = '';
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void collectDroppedFiles(event.dataTransfer).then((files) => {
      const kept = withoutSystemFiles(files);
      if (kept.length > 0) onFiles(kept);
    });
  };

  return (
    <div className="govuk-form-group">
      <div className="app-import-pickers">
        <div>
          <label className="govuk-label govuk-label--s" htmlFor="import-files">
            Choose files
          </label>
          <div id="import-files-hint" className="govuk-hint">
            PDFs, photos or scans. You can choose more than one.
          </div>
          <input
            id="import-files"
            className="app-file-input"
            type="file"
            multiple
            aria-describedby="import-files-hint"
            onChange={(event) => take(event.target.files, event.target)}
          />
        </div>
        <div>
          <label className="govuk-label govuk-label--s" htmlFor="import-folder">
            Or choose a whole folder
          </label>
          <div id="import-folder-hint" className="govuk-hint">
            Every file in the folder is added.
          </div>
          <input
            id="import-folder"
            ref={folderInput}
            className="app-file-input"
            type="file"
            multiple
            aria-describedby="import-folder-hint"
            onChange={(event) => take(event.target.files, event.target)}
          />
        </div>
      </div>
      {/* Drag and drop is an extra for mouse users; the two pickers above do the same by keyboard. */}
      <div
        className={`app-drop-zone${dragging ? ' app-drop-zone--active' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="govuk-body govuk-!-margin-bottom-0">Or drag files or folders here</p>
      </div>
    </div>
  );
}
