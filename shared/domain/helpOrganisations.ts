/** §9 S4: free, independent help that is always shown, whatever the disagreement. */
export interface HelpOrganisation {
  id: 'sendiass' | 'ipsea' | 'sossen' | 'contact';
  name: string;
  whatTheyDo: string;
  howToContact: string;
}

export const helpOrganisations: readonly HelpOrganisation[] = [
  {
    id: 'sendiass',
    name: 'Your local SENDIASS (SEND Information, Advice and Support Service)',
    whatTheyDo:
      'Free, impartial local service that every council must provide. It can explain your options, help with ' +
      'forms and letters, and come to meetings with you.',
    howToContact: 'Search for your council\'s name and "SENDIASS", or look on your council\'s Local Offer website.',
  },
  {
    id: 'ipsea',
    name: 'IPSEA (Independent Provider of Special Education Advice)',
    whatTheyDo:
      'Free, legally based advice about special educational needs, appeals and complaints, with model letters.',
    howToContact: 'ipsea.org.uk – book its advice line or use its guides and template letters.',
  },
  {
    id: 'sossen',
    name: 'SOS!SEN',
    whatTheyDo: 'Free, independent helpline and advice for families about special educational needs and the Tribunal.',
    howToContact: 'sossen.org.uk',
  },
  {
    id: 'contact',
    name: 'Contact (for families with disabled children)',
    whatTheyDo: 'Free helpline and information for families with disabled children, including education and benefits.',
    howToContact: 'contact.org.uk',
  },
];
