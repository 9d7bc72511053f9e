import { useEffect, useRef, useState } from 'react';

export interface Row<T> {
  /** Stays with the row when rows before it are removed, so React keeps each box's state. */
  key: number;
  value: T;
}

/**
 * An "add another" list (people, appendices). After adding or removing, focus moves to the input
 * with the id the page names, and a message is announced, so keyboard and screen-reader users know
 * what happened and where they are.
 */
export function useRepeatingRows<T>(saved: readonly T[]) {
  const nextKey = useRef(saved.length);
  const focusAfterRender = useRef<string | null>(null);
  const [rows, setRows] = useState<Row<T>[]>(() => saved.map((value, key) => ({ key, value })));
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    if (focusAfterRender.current === null) return;
    document.getElementById(focusAfterRender.current)?.focus();
    focusAfterRender.current = null;
  }, [rows]);

  return {
    rows,
    announcement,
    update: (key: number, value: T) => setRows((all) => all.map((row) => (row.key === key ? { key, value } : row))),
    add: (value: T, focusId: string, message: string) => {
      const key = nextKey.current++;
      focusAfterRender.current = focusId;
      setAnnouncement(message);
      setRows((all) => [...all, { key, value }]);
    },
    remove: (key: number, focusId: string, message: string) => {
      focusAfterRender.current = focusId;
      setAnnouncement(message);
      setRows((all) => all.filter((row) => row.key !== key));
    },
    /** Leaves out the rows that fail `keep` (blank ones, before saving), so error links match the rows shown. */
    keepOnly: (keep: (value: T) => boolean) => setRows((all) => all.filter((row) => keep(row.value))),
  };
}

/** After removing row `index` of `count`: the row that takes its place, the one before it, or none. */
export function indexAfterRemoving(index: number, count: number): number | null {
  if (count <= 1) return null;
  return index < count - 1 ? index : index - 1;
}
