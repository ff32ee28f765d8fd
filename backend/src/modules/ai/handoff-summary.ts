// A short brief for the agent taking over: what the shopper wants, what the AI tried, key facts.
import type { TIntent, TMessageRole, THandoffTrigger } from '@convix/shared/contracts';

const WANTS: Record<TIntent, string> = {
  ORDER_STATUS: 'an update on an order', SHIPPING: 'shipping information', RETURNS: 'help with a return, refund or exchange',
  PRODUCT_QUESTION: 'product details', PURCHASE_INTENT: 'help choosing or buying products', COMPLAINT: 'to resolve a complaint',
  HUMAN_REQUEST: 'to talk to a person', GREETING: 'to chat', THANKS: 'to wrap up', OTHER: 'an answer to a question',
};
const WHY: Record<THandoffTrigger, string> = {
  EXPLICIT_REQUEST: 'asked for a person', ANGER_DETECTED: 'is upset', HIGH_VALUE_AT_RISK: 'has a high-value cart at risk',
  UNRESOLVED_AFTER_3: 'said three times the answers did not help', AMBIGUOUS_INTENT: 'request stayed unclear after a clarifying question',
  LOW_CONFIDENCE: 'the knowledge base does not cover this', MANUAL: 'manual handoff', SYSTEM_ERROR: 'the AI failed',
};

export interface SummaryInput {
  trigger: THandoffTrigger;
  intent: TIntent;
  message: string;
  history: { role: TMessageRole; content: string }[];
  cartValue?: number;
  sentiment: number;
  missing?: string[];
  sourcesTried?: string[];
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function summarizeHandoff(i: SummaryInput): string {
  const customer = [...i.history.filter((m) => m.role === 'CUSTOMER').map((m) => m.content), i.message];
  const aiTurns = i.history.filter((m) => m.role === 'AI').length;
  const all = customer.join(' ');
  const facts: string[] = [];
  if (i.cartValue !== undefined) facts.push(`cart $${i.cartValue.toFixed(2)}`);
  const orders = [...new Set(all.match(/\b[A-Z]{1,4}-?\d{5,}\b/g) ?? [])];
  if (orders.length) facts.push(`order ${orders.join(', ')}`);
  const emails = [...new Set(all.match(/\b[\w.%+-]+@[\w.-]+\.[a-z]{2,}\b/gi) ?? [])];
  if (emails.length) facts.push(`email ${emails.join(', ')}`);
  if (i.missing?.length) facts.push(`not in knowledge: ${i.missing.join(', ')}`);
  facts.push(`sentiment ${i.sentiment.toFixed(2)}`);
  const tried = aiTurns
    ? `AI replied ${aiTurns} time${aiTurns > 1 ? 's' : ''}${i.sourcesTried?.length ? ` using ${i.sourcesTried.join(', ')}` : ''}.`
    : 'AI had not answered yet.';
  return clip(`Wants ${WANTS[i.intent]}: "${clip(i.message, 160)}". Handed off because the shopper ${WHY[i.trigger]}. ${tried} Key facts: ${facts.join('; ')}.`, 600);
}
