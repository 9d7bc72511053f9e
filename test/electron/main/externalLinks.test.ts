import { describe, expect, it } from 'vitest';
import { isTrustedExternalUrl } from '../../../electron/main/externalLinks';

describe('isTrustedExternalUrl', () => {
  it.each([
    'https://www.ipsea.org.uk/the-working-document',
    'https://www.gov.uk/appeal-sen-statement-decision',
    'https://www.legislation.gov.uk/uksi/2014/1530',
    'https://www.lgo.org.uk/',
  ])('opens %s', (url) => expect(isTrustedExternalUrl(url)).toBe(true));

  it.each([
    'http://www.ipsea.org.uk/',
    'https://ipsea.org.uk.evil.example/',
    'https://evilipsea.org.uk/',
    'https://user:pass@www.gov.uk/',
    'https://www.gov.uk:8443/',
    'file:///C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'smb://share/x',
    'not a url',
  ])('refuses %s', (url) => expect(isTrustedExternalUrl(url)).toBe(false));
});
