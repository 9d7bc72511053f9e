// Finds the wording advisers warn about in Section F (send-appeals.md §10): provision must be
// "detailed and specific and should normally be quantified" – type, hours, frequency and level of
// expertise (SEND Code of Practice 9.69) – so that there is "no room for doubt" (L v Clarke and
// Somerset). Hedges ("may", "where appropriate") are always worth a second look; words such as
// "support" or "regular" are only flagged when the sentence does not already say how much and by
// whom, so wording that is already specific is left alone.

export interface VagueWordingFinding {
  rule: VagueRuleId;
  /** Position in the text: `text.slice(start, end)` is the phrase found. */
  start: number;
  end: number;
  phrase: string;
  /** A plain-English question that helps the family make the wording specific. */
  prompt: string;
}

export type VagueRuleId =
  | 'accessTo'
  | 'regular'
  | 'asRequired'
  | 'opportunities'
  | 'support'
  | 'wouldBenefitFrom'
  | 'may'
  | 'should'
  | 'upTo'
  | 'periodic'
  | 'ongoing'
  | 'whereAppropriate'
  | 'ifPossible'
  | 'smallGroup'
  | 'inputFrom'
  | 'amountMissing';

const ASK =
  'Say who will do it, what exactly they will do, how often, for how long each time, and their qualification.';

// How often: "weekly", "3 times a week", "every morning", "per term"...
const FREQUENCY =
  /\b(daily|weekly|fortnightly|monthly|termly|half-termly|annually|once|twice|(\d+|one|two|three|four|five|six|seven|eight|nine|ten) times|every (school )?(day|week|fortnight|month|term|half[- ]term|lesson|morning|afternoon|break|lunchtime)|each (school )?(day|week|fortnight|month|term|half[- ]term|lesson|morning|afternoon)|(per|a|an|each) (day|week|fortnight|month|term|half[- ]term|year|session|lesson)|throughout the (school )?day|at all times|all day|full[- ]time)\b/i;

// How long or how much: "45 minutes", "2.5 hours", "three sessions", "25 hours".
const AMOUNT =
  /\b((\d+(\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty[- ]five|sixty)\s*(-\s*)?(minutes?|mins?|hours?|hrs?|sessions?|lessons?)|half an hour|an hour|full[- ]time|throughout the (school )?day|at all times|all day)\b/i;

// By whom: a named role or level of expertise.
const WHO =
  /\b(teachers?|teaching assistants?|TAs?|LSAs?|SALTs?|SaLTs?|speech and language therapists?|occupational therapists?|OTs?|physiotherapists?|psychologists?|EPs?|therapists?|SENCOs?|SENCo|tutors?|nurses?|practitioners?|specialists?|qualified|trained|HCPC|adults?|staff|keyworkers?|key workers?|mentors?|counsellors?|1:1|one-to-one|one to one)\b/i;

// What: words that name a piece of provision, so a sentence using one should say how much.
const PROVISION =
  /\b(therapy|therapies|programme|programmes|intervention|interventions|sessions?|tuition|teaching|mentoring|counselling|physiotherapy|speech and language)\b/i;

// A group with its size: "group of 4", "groups of no more than six", "6 pupils".
const GROUP_SIZE =
  /\b(groups? of (no more than |up to |at most )?(\d+|two|three|four|five|six|seven|eight)|(\d+|two|three|four|five|six|seven|eight) (pupils|children|students|learners))\b/i;

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  // Break after . ! ? ; followed by a space, or at a new line; "p.12" and "2.5 hours" stay whole.
  const boundary = /(?<=[.!?;])\s+|\n+/g;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    sentences.push({ text: text.slice(start, match.index), start });
    start = match.index + match[0].length;
  }
  sentences.push({ text: text.slice(start), start });
  return sentences.filter((s) => s.text.trim() !== '');
}

interface Rule {
  id: VagueRuleId;
  pattern: RegExp;
  prompt: string;
  /** Only flag when the sentence lacks this; always flag when absent. */
  unlessSentence?: (sentence: string) => boolean;
  /** Skip a particular match, e.g. "May" the month. */
  skipMatch?: (text: string, start: number, end: number) => boolean;
}

const hasAmountAndWho = (s: string): boolean => (FREQUENCY.test(s) || AMOUNT.test(s)) && WHO.test(s);
const hasFrequency = (s: string): boolean => FREQUENCY.test(s);
const hasAmount = (s: string): boolean => AMOUNT.test(s) || /\bfull[- ]time\b/i.test(s);

// "May" the month: "in May", "May 2025", "12 May".
const isMonth = (text: string, start: number, end: number): boolean =>
  text.slice(start, end) === 'May' &&
  (/^\s+\d/.test(text.slice(end, end + 3)) || /(\d|\bin|\bof|\bby|\buntil)\s+$/i.test(text.slice(0, start)));

const RULES: Rule[] = [
  {
    id: 'accessTo',
    pattern: /\baccess to\b/gi,
    prompt: `"Access to" does not promise that anything will happen. ${ASK}`,
  },
  {
    id: 'regular',
    pattern: /\bregular(ly)?\b/gi,
    prompt: '"Regular" does not say how often. Say exactly how often (for example, "twice a week") and for how long.',
    unlessSentence: hasFrequency,
  },
  {
    id: 'asRequired',
    pattern: /\bas (and when )?(required|needed|necessary)\b/gi,
    prompt: `This leaves it to someone else to decide whether it happens. ${ASK}`,
  },
  {
    id: 'opportunities',
    pattern: /\bopportunit(y|ies)\b/gi,
    prompt: `An "opportunity" is not the same as the provision itself. ${ASK}`,
  },
  {
    id: 'support',
    pattern: /\bsupport(ed|s)?\b/gi,
    prompt: `"Support" on its own does not say what will be done. ${ASK}`,
    unlessSentence: hasAmountAndWho,
  },
  {
    id: 'wouldBenefitFrom',
    pattern: /\b(would|will|may|could) benefit from\b/gi,
    prompt: `"Would benefit from" is a recommendation, not provision. Say what will be provided instead. ${ASK}`,
  },
  {
    id: 'may',
    pattern: /\b(may|might|could)\b(?! benefit from)/gi,
    prompt: '"May" makes it optional. Say what "will" happen, and who will do it, how often and for how long.',
    skipMatch: isMonth,
  },
  {
    id: 'should',
    pattern: /\bshould\b/gi,
    prompt: '"Should" makes it sound optional. Say what "will" happen, and who will do it, how often and for how long.',
  },
  {
    id: 'upTo',
    pattern: /\bup to\b/gi,
    prompt: '"Up to" sets only a maximum, so less (even none) would still fit. Say the amount that will be provided.',
  },
  {
    id: 'periodic',
    pattern: /\bperiodic(ally)?\b/gi,
    prompt: '"Periodic" does not say how often. Say exactly how often and for how long.',
    unlessSentence: hasFrequency,
  },
  {
    id: 'ongoing',
    pattern: /\bon-?going\b/gi,
    prompt: '"Ongoing" does not say how often or for how long. Say exactly how often, for how long and by whom.',
    unlessSentence: hasFrequency,
  },
  {
    id: 'whereAppropriate',
    pattern: /\b(where|when|if|as) (appropriate|applicable|possible and appropriate)\b/gi,
    prompt: `This leaves it to someone else to decide whether it happens. ${ASK}`,
  },
  {
    id: 'ifPossible',
    pattern: /\b(if|where|when|wherever|whenever) (possible|practicable|available|resources allow)\b/gi,
    prompt: `This makes the provision depend on whether it is convenient. ${ASK}`,
  },
  {
    id: 'smallGroup',
    pattern: /\bsmall[- ]group(s)?\b/gi,
    prompt: 'Say how many children will be in the group, who will run it, how often and for how long.',
    unlessSentence: (s) => GROUP_SIZE.test(s),
  },
  {
    id: 'inputFrom',
    pattern: /\binput (from|by)\b/gi,
    prompt: '"Input" does not say what they will do. Say what the professional will do, how many hours, and how often.',
    unlessSentence: hasAmount,
  },
];

const MISSING_AMOUNT_PROMPT = (missing: string[]): string =>
  `This does not say ${missing.join(' or ')}. Add it so that there is no room for doubt about what will be provided.`;

/** Returns each vague phrase in `text`, in order, with a prompt asking who, what, how often, how long, by whom. */
export function findVagueWording(text: string): VagueWordingFinding[] {
  const findings: VagueWordingFinding[] = [];
  for (const sentence of sentencesOf(text)) {
    const before = findings.length;
    for (const rule of RULES) {
      if (rule.unlessSentence?.(sentence.text) === true) continue;
      for (const match of sentence.text.matchAll(rule.pattern)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        if (rule.skipMatch?.(text, start, end) === true) continue;
        findings.push({ rule: rule.id, start, end, phrase: match[0], prompt: rule.prompt });
      }
    }
    // A sentence naming a piece of provision with nothing vague in it can still leave out the amount.
    const provision = PROVISION.exec(sentence.text);
    if (findings.length === before && provision !== null) {
      const missing: string[] = [];
      if (!FREQUENCY.test(sentence.text)) missing.push('how often');
      if (!AMOUNT.test(sentence.text)) missing.push('for how long');
      if (!WHO.test(sentence.text)) missing.push('who will provide it');
      if (missing.length > 0) {
        const start = sentence.start + provision.index;
        findings.push({
          rule: 'amountMissing',
          start,
          end: start + provision[0].length,
          phrase: provision[0],
          prompt: MISSING_AMOUNT_PROMPT(missing),
        });
      }
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}
