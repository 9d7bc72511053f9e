import { describe, expect, it } from 'vitest';
import { heading, numbered, paragraph, text, type Block } from '../../../shared/submissions/documentModel';
import { groupNumberedParagraphs } from '../../../shared/submissions/groupNumberedParagraphs';

describe('groupNumberedParagraphs', () => {
  it('numbers paragraphs through the whole document, one list per run', () => {
    const blocks: Block[] = [
      heading(2, 'What I am appealing'),
      numbered(text('one')),
      heading(2, 'My reasons'),
      numbered(text('two')),
      numbered(text('three')),
      paragraph(text('Evidence: EP report, p.1')),
      numbered(text('four')),
    ];
    expect(groupNumberedParagraphs(blocks)).toEqual([
      heading(2, 'What I am appealing'),
      { kind: 'numberedRun', start: 1, items: [[text('one')]] },
      heading(2, 'My reasons'),
      { kind: 'numberedRun', start: 2, items: [[text('two')], [text('three')]] },
      paragraph(text('Evidence: EP report, p.1')),
      { kind: 'numberedRun', start: 4, items: [[text('four')]] },
    ]);
  });

  it('leaves a document without numbered paragraphs as it is', () => {
    const blocks: Block[] = [heading(2, 'Dear Sir or Madam'), paragraph(text('Please send…')), { kind: 'pageBreak' }];
    expect(groupNumberedParagraphs(blocks)).toEqual(blocks);
  });
});
