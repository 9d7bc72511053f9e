import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { call } from '../../api/call';
import { documentKeys } from './useDocuments';

interface PageThumbnailProps {
  documentId: string;
  /** The document's updatedAt: a new version may have different pages at the same index. */
  version: string;
  pageIndex: number;
  /** The person's turn, clockwise in degrees; applied here, not baked into the picture. */
  rotation: number;
  /** Text for screen readers, or '' when a caption next to it says the same. */
  alt: string;
}

/** True once the element has come near the visible part of the page (then stays true). */
function useSeen<T extends Element>() {
  const ref = useRef<T>(null);
  const [seen, setSeen] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return { ref, seen };
}

/** A page picture drawn on demand (only when scrolled into view) and shown from a blob: URL. */
export function PageThumbnail({ documentId, version, pageIndex, rotation, alt }: PageThumbnailProps) {
  const { ref, seen } = useSeen<HTMLDivElement>();
  const thumbnail = useQuery({
    queryKey: documentKeys.thumbnail(documentId, version, pageIndex),
    queryFn: () => call(window.api.documents.thumbnail({ id: documentId, pageIndex })),
    enabled: seen,
    staleTime: Infinity,
  });
  const png = thumbnail.data?.png;
  const image = useRef<HTMLImageElement>(null);
  // The blob: URL lives exactly as long as the <img> shows it, so no picture is leaked.
  useEffect(() => {
    if (!png || !image.current) return;
    const objectUrl = URL.createObjectURL(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
    image.current.src = objectUrl;
    return () => URL.revokeObjectURL(objectUrl);
  }, [png]);

  return (
    <div ref={ref} className="app-thumb">
      {png ? (
        <img ref={image} className={`app-thumb__img app-thumb__img--r${String(rotation)}`} alt={alt} />
      ) : (
        <span className="app-thumb__placeholder">
          {thumbnail.isError || thumbnail.data === null ? 'No preview' : ''}
        </span>
      )}
    </div>
  );
}
