import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';

// What a screen reader hears while a document is moved by keyboard or pointer, in plain English
// (dnd-kit's defaults talk about "draggable items" and "droppable areas").

export const dragInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this document, press space or enter to pick it up. Use the up and down arrow keys to move it, ' +
    'then press space or enter to put it down, or escape to cancel.',
};

export function dragAnnouncements(
  sectionTitle: string,
  ids: readonly string[],
  titleOf: (id: string) => string,
): Announcements {
  const where = (id: string | number | undefined) => {
    const index = id === undefined ? -1 : ids.indexOf(String(id));
    return `position ${index + 1} of ${ids.length} in ${sectionTitle}`;
  };
  return {
    onDragStart: ({ active }) => `Picked up ${titleOf(String(active.id))}, at ${where(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over
        ? `${titleOf(String(active.id))} is now at ${where(over.id)}.`
        : `${titleOf(String(active.id))} is not over the list.`,
    onDragEnd: ({ active, over }) =>
      over
        ? `${titleOf(String(active.id))} put down at ${where(over.id)}. The page numbers have been updated.`
        : `${titleOf(String(active.id))} put back where it was.`,
    onDragCancel: ({ active }) => `Moving cancelled. ${titleOf(String(active.id))} is back at ${where(active.id)}.`,
  };
}
