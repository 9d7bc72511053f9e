/**
 * What the app is and is not, said once and plainly: information not legal advice, independent
 * of government, and nothing leaves the computer.
 */
export function AboutApp() {
  return (
    <>
      <p className="govuk-body-l">
        Appeal Bundle helps you prepare an appeal to the SEND Tribunal against a council&apos;s decision about an
        education, health and care (EHC) needs assessment or plan.
      </p>
      <p className="govuk-body">
        The SEND Tribunal (its full name is the First-tier Tribunal, Special Educational Needs and Disability) is an
        independent court that decides disagreements between families and councils. It is free to use.
      </p>
      <p className="govuk-body">The app helps you to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>find out whether you can appeal, which form to use and your last day to appeal</li>
        <li>keep your letters, reports and photos of documents together</li>
        <li>put your evidence into one tidy, numbered file for the Tribunal</li>
        <li>write down what you want changed and why</li>
      </ul>
      <h2 className="govuk-heading-m">Before you start</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>
          <strong>This is information, not legal advice.</strong> For advice about your child&apos;s appeal, contact
          your local SENDIASS (a free, impartial advice service every council must fund) or{' '}
          <a className="govuk-link" href="https://www.ipsea.org.uk" target="_blank" rel="noreferrer">
            IPSEA (opens in your browser)
          </a>
          .
        </li>
        <li>
          <strong>It is independent.</strong> It is not a government service and is not run by the Tribunal or by any
          council.
        </li>
        <li>
          <strong>Nothing leaves this computer.</strong> Everything you enter and every document you add is saved only
          here. The app does not use the internet.
        </li>
      </ul>
    </>
  );
}
