import { Details } from '../../start/fields';

/**
 * §4 and §5.1: when an appeal can go without a mediation certificate, and what a family can do
 * instead. The exact test for accepting an appeal without one is not written down (§4, UNCERTAIN),
 * so this says what advice services say and no more.
 */
export function CertificateExplained() {
  return (
    <Details summary="Can I appeal without a certificate?">
      <p className="govuk-body">
        This appeal needs a certificate. The only appeals that do not need one are those about nothing but Section I of
        the plan: the school, college or type of school named, or that none is named.
      </p>
      <p className="govuk-body">
        If you send your appeal without a certificate, you must tell the Tribunal why. The rules do not say exactly when
        it will go ahead without one; advice services say only in exceptional circumstances. The safest course is to
        contact the mediation adviser now.
      </p>
      <p className="govuk-body">
        Getting a certificate does not mean you have to go to mediation. If you tell the adviser you do not want it,
        they must send you the certificate within 3 working days. If you ask for mediation and the council cannot
        arrange it within 30 days, you can still get a certificate.
      </p>
    </Details>
  );
}
