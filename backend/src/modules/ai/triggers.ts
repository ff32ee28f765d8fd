// Handoff trigger rules and the conversational signals they rest on. Each function is a single,
// explainable rule with its own unit tests (triggers.test.ts).
import { COMPETITOR_PHRASES, TOPIC_EXPANSIONS, TOPIC_FILLER } from './lexicon.js';
import { normalize, words } from './text.js';
import { stemmer } from 'stemmer';

const PRICE_WORDS = new Set(['price', 'prices', 'pricing', 'cost', 'costs']);
const PERSON = '(?:a |an |the |some |real |actual |live )*(?:human(?: being)?|person|people|agent|rep|representative|someone|somebody|staff|operator|manager|supervisor|employee|customer (?:service|support|care)|support team|your team|team member)';
const PERSON_NOUN = '(?:a |an |the |real |actual |live )*(?:human(?: being)?|person|agent|rep|representative|operator|manager|supervisor|customer (?:service|support|care))';
// Contact verbs work with any person word; wanting verbs only with an explicit person noun, so
// "I need someone to explain sizing" is not a handoff request but "I want a human" is.
const CONTACT = '(?:talk|speak|chat|connect|transfer|put me through|escalate|reach|contact)';
const WANT = '(?:want|need|get|prefer|like|rather|give me)';

/** EXPLICIT_REQUEST: the shopper asks for a person in plain words ("agent", "I want a human"). */
export function detectExplicitRequest(text: string): boolean {
  const t = normalize(text).replace(/\s+/g, ' ').trim();
  if (/^(?:an? |the )?(?:human|agent|person|representative|operator|rep|real person|live agent|live chat|customer service)[.!? ]*(?:please|pls|now)?[.!? ]*$/.test(t)) return true;
  const res = [
    new RegExp(`\\b${CONTACT}\\b(?:\\s+\\w+){0,4}?\\s+(?:to |with )?${PERSON}\\b`),
    new RegExp(`\\b${WANT}\\b(?:\\s+\\w+){0,3}?\\s+(?:to |with )?${PERSON_NOUN}\\b`),
  ];
  for (const re of res) {
    const m = t.match(re);
    if (!m) continue;
    // "no need for an agent" / "without talking to a person" are not requests.
    const around = t.slice(Math.max(0, (m.index ?? 0) - 20), (m.index ?? 0) + m[0].length);
    if (!/\b(?:no need|don't|do not|dont|without|never)\b[^.?!,]*$/.test(around)) return true;
  }
  return false;
}

/** Shopper says the previous answer did not help (counted toward UNRESOLVED_AFTER_3). */
export function detectUnresolvedSignal(text: string): boolean {
  const t = normalize(text);
  return /(?:\bnot|n'?t)\s+(?:what i (?:asked|meant|wanted|need)|answer(?:ing|ed|s)?|help(?:ing|ful|ed|s)?|it|right|working|my question|useful|what i'm looking for)\b|\bthat'?s not (?:it|what|my|right)\b|\b(?:still|again) (?:not|no|wrong|confused)\b|\bunhelpful\b|\buseless\b|\bwrong answer\b|\byou(?:'re| are)? (?:not|still not) (?:listening|understanding|getting it)\b|\bi already (?:said|asked|told)\b|\bthat'?s wrong\b|\bnot it either\b/.test(t);
}

const HESITATION = /\b(?:not sure|unsure|on the fence|hesitant|hesitating|second thoughts|thinking (?:of|about) (?:buying|getting|ordering|going|shopping|cancel\w*)|wait for (?:a |the )?(?:sale|discount|deal|price drop)|(?:should|would) i (?:just )?wait|reason i shouldn'?t|too (?:expensive|pricey|much)|can'?t decide|changed my mind|maybe later|not convinced|reconsider\w*|any discount|better (?:deal|price))\b/;
const CANCEL = /\b(?:cancel\w*|remove (?:it|everything|the items?) from (?:my )?cart|abandon\w*|forget it|never ?mind)\b/;

/** HIGH_VALUE_AT_RISK: cart ≥ threshold and the shopper hesitates, wants to cancel, or mentions a competitor. */
export function detectHighValueRisk(text: string, cartValue: number | undefined, threshold: number): { atRisk: boolean; signals: string[] } {
  const t = normalize(text);
  const signals: string[] = [];
  if (HESITATION.test(t)) signals.push('hesitation');
  if (CANCEL.test(t)) signals.push('cancellation');
  if (COMPETITOR_PHRASES.test(t)) signals.push('competitor');
  return { atRisk: cartValue !== undefined && cartValue >= threshold && signals.length > 0, signals };
}

/** Cart value mentioned in text ("$1,150 in my cart"), used when the widget sent none. */
export function cartValueFromText(text: string): number | undefined {
  const m = text.match(/\$\s?(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{2})?\s+(?:worth\s+)?(?:in|of)\s+(?:my\s+)?(?:cart|basket|bag)/i);
  return m ? Number(m[1].replace(/,/g, '')) : undefined;
}

export function isGreeting(text: string): boolean {
  return /^(?:hi+|hello+|hey+|hiya|howdy|yo|greetings|good (?:morning|afternoon|evening|day)|hola|bonjour|hallo)(?:\s+(?:there|team|all|folks|everyone|friend|again))?[\s!.,:)]*$/.test(normalize(text).trim());
}

/** Pure thanks/closing, without a new question attached. */
export function isThanks(text: string): boolean {
  const t = normalize(text).trim();
  if (/\?/.test(t)) return false;
  const thanks = /\b(?:thanks?|thank you|thx|ty|cheers|appreciate it|much appreciated|that'?s all|perfect|great,? thanks|got it|awesome)\b/.test(t);
  return thanks && t.split(/\s+/).length <= 12;
}

export interface ForbiddenMatch {
  topic: string;
  /** the topic's own word appears (not only a related one) */
  explicit: boolean;
}

/** A forbidden topic matches when every non-filler word of it is present or implied. */
export function matchForbiddenTopic(text: string, topics: string[]): ForbiddenMatch | null {
  const ws = words(text);
  const stems = new Set(ws.map((w) => stemmer(w)));
  const hasCompetitorPhrase = COMPETITOR_PHRASES.test(normalize(text));
  for (const topic of topics) {
    const parts = words(topic).filter((w) => !TOPIC_FILLER.has(w));
    if (!parts.length) continue;
    let explicit = false;
    const all = parts.every((p) => {
      if (stems.has(stemmer(p))) { explicit = true; return true; }
      const exp = TOPIC_EXPANSIONS[p];
      if (p.startsWith('competitor') && hasCompetitorPhrase) return true;
      return !!exp && exp.some((e) => stems.has(stemmer(e)));
    });
    // "Explicit" = the topic's distinctive word is used; generic price words alone only imply it.
    if (all) return { topic, explicit: explicit && parts.some((p) => stems.has(stemmer(p)) && (parts.length === 1 || !PRICE_WORDS.has(p))) };
  }
  return null;
}
