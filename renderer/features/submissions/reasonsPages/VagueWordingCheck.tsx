import type { VagueWordingFinding } from '../../../../shared/submissions/findVagueWording';

interface VagueWordingCheckProps {
  /** Referenced by the text box's aria-describedby, so the count is read with the box. */
  id: string;
  /** The wording checked (after typing pauses). */
  text: string;
  findings: readonly VagueWordingFinding[];
}

export function findingKey(finding: VagueWordingFinding): string {
  return `${finding.rule}-${finding.start}`;
}

/**
 * Shown next to the proposed Section F wording as the person types: each phrase that may leave
 * room for doubt, with the question that makes it specific (send-appeals.md §10, CoP 9.69).
 * Advice only: saving is never blocked by it.
 */
export function VagueWordingCheck({ id, text, findings }: VagueWordingCheckProps) {
  if (text.trim() === '') return null;
  const count = findings.length;
  return (
    <div className="app-wording-check">
      <p className="govuk-body" id={id} role="status">
        {count === 0
          ? 'Wording check: nothing vague found.'
          : `Wording check: ${count} ${count === 1 ? 'phrase' : 'phrases'} may not be specific enough. This is advice: you can still save.`}
      </p>
      {count > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {findings.map((finding) => (
            <li key={findingKey(finding)}>
              <span className="app-wording-check__phrase">“{finding.phrase}”</span>: {finding.prompt}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
