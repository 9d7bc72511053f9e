/**
 * What the passphrase lock protects and what it does not, in plain words (issue 7;
 * reliability.md A1.3 and A2.5): it is for a laptop that is shared, lost or stolen.
 */
export function AboutTheLock() {
  return (
    <>
      <h2 className="govuk-heading-m">What the lock protects</h2>
      <p className="govuk-body">
        With the lock on, everything Appeal Bundle keeps on this computer is scrambled (encrypted) so that it can only
        be read with your passphrase: every appeal, document and note, and the backups. Someone else who uses this
        computer, even with the same login, or who finds a lost laptop, cannot read them.
      </p>
      <p className="govuk-body">
        Appeal Bundle locks itself when it has not been used for a while, when the computer’s screen locks and when it
        goes to sleep. While it is locked it shows no names or details, only a box for the passphrase.
      </p>
      <h2 className="govuk-heading-m">What it does not protect</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>Anyone who knows your passphrase, or sees you type it.</li>
        <li>
          Files you save out of the app yourself, such as bundle PDFs, Word documents and calendar files. Keep those
          somewhere safe and delete them when you no longer need them. Case files you hand over have their own
          passphrase.
        </li>
        <li>The screen while the app is open and unlocked.</li>
      </ul>
      <p className="govuk-body">
        Files that were deleted from a disk can sometimes be recovered with special tools. For the strongest protection,
        also turn on your computer’s own disk encryption (BitLocker on Windows, FileVault on a Mac).
      </p>
    </>
  );
}
