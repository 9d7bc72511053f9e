/**
 * Sites the app links to for help and for the law. A link opens in the person's own browser only
 * if it is https and its host is one of these (or a subdomain of one), so a crafted link in
 * imported text can never send someone to an arbitrary page or run a local program.
 */
const TRUSTED_HOSTS = [
  'gov.uk',
  'legislation.gov.uk',
  'judiciary.uk',
  'ipsea.org.uk',
  'sossen.org.uk',
  'contact.org.uk',
  'councilfordisabledchildren.org.uk',
  'lgo.org.uk',
  'ombudsman.org.uk',
  'nhs.uk',
];

export function isTrustedExternalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false;
  const host = url.hostname.toLowerCase();
  return TRUSTED_HOSTS.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));
}
