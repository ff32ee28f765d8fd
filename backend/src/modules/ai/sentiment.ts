// Emotion signals: VADER polarity plus cues VADER misses in support chats (anger idioms such as
// "fed up", shouting in capitals, runs of "!!!"). `emotional` is 1 calm … 0 very distressed.
import vader from 'vader-sentiment';

export interface EmotionReading {
  /** VADER compound −1…1 */
  compound: number;
  /** 1 calm … 0 very distressed */
  emotional: number;
  angerCues: string[];
  shouting: boolean;
  exclamations: number;
  anger: boolean;
}

const ANGER = /\b(angry|angrier|furious|livid|outraged|outrageous|pissed|enraged|infuriat\w*|fuming|ridiculous|unacceptable|disgusted|disgusting|disgrace\w*|scam\w*|fraud\w*|rip[- ]?off|fed up|sick (?:and tired )?of|had enough|worst|terrible service|horrible|pathetic|appalling|atrocious|incompetent|shameful|lied to|liars?|never (?:again|shop)|how dare|wtf|damn|screw you)\b/gi;
const ACRONYMS = new Set(['USA', 'USB', 'FAQ', 'SKU', 'LED', 'DWR', 'PDF', 'UPS', 'DHL', 'USPS', 'FEDEX', 'EU', 'UK', 'ASAP', 'GPS', 'XXL', 'XL', 'RMA', 'ETA', 'COD', 'TV']);

export function readEmotion(text: string): EmotionReading {
  const { compound } = vader.SentimentIntensityAnalyzer.polarity_scores(text);
  const angerCues = [...text.matchAll(ANGER)].map((m) => m[0].toLowerCase());
  const capsWords = (text.match(/\b[A-Z]{3,}\b/g) ?? []).filter((w) => !ACRONYMS.has(w) && !/^TH\d/.test(w));
  const letters = text.replace(/[^A-Za-z]/g, '');
  const shouting = capsWords.length >= 1 && (capsWords.length >= 2 || letters.length < 40 || capsWords[0].length >= 4);
  const exclamations = (text.match(/!/g) ?? []).length;
  const intensity = (shouting ? 0.15 : 0) + (exclamations >= 3 ? 0.15 : exclamations === 2 ? 0.08 : 0);
  const distress = Math.min(1, Math.max(0, -compound) * 0.6 + Math.min(2, angerCues.length) * 0.25 + intensity);
  const emotional = +(1 - distress).toFixed(3);
  // Anger needs an anger cue backed by negativity or intensity, or overwhelming distress alone;
  // plain frustration ("that doesn't help") is handled by the unresolved counter instead.
  const anger = (angerCues.length > 0 && (compound <= -0.2 || intensity > 0 || angerCues.length >= 2)) || emotional <= 0.2;
  return { compound, emotional, angerCues, shouting, exclamations, anger };
}

/** Conversation sentiment −1…1: recency-weighted mean over the shopper's recent messages. */
export function conversationSentiment(customerMessages: string[]): number {
  const recent = customerMessages.slice(-4);
  if (!recent.length) return 0;
  let num = 0, den = 0;
  recent.forEach((m, i) => {
    const w = i + 1;
    const r = readEmotion(m);
    num += w * (r.anger ? Math.min(r.compound, -0.6) : r.compound);
    den += w;
  });
  return Math.max(-1, Math.min(1, +(num / den).toFixed(3)));
}
