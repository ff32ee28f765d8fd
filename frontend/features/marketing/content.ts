import { BrainCircuit, ChartNoAxesCombined, Hand, Languages, Radio, ShieldCheck, ShoppingBag, Sparkles, Workflow } from 'lucide-react';

export const FEATURES = [
  { icon: Sparkles, title: 'Answers from your own content', body: 'Train on FAQs, policies, product catalogs and web pages. Every answer cites its sources.' },
  { icon: ShoppingBag, title: 'Sells, not just supports', body: 'Recommends products from your live catalog and attributes the revenue it drives.' },
  { icon: Hand, title: 'Knows when to hand off', body: 'Low confidence, frustration, a big cart at risk — your team gets a summary, not a transcript.' },
  { icon: Radio, title: 'Every channel, one inbox', body: 'Website, WhatsApp, Instagram, Messenger, SMS and email in a single, fast dashboard.' },
  { icon: ShieldCheck, title: 'Explainable decisions', body: 'Factual, intent and emotional confidence for every reply — audit exactly why the AI acted.' },
  { icon: ChartNoAxesCombined, title: 'Analytics that matter', body: 'Resolution rate, handoff triggers, top questions and revenue, by channel and over time.' },
];

export const MORE_FEATURES = [
  { icon: BrainCircuit, title: 'Confidence you control', body: 'Pick the threshold below which the AI asks a human. Tighten it for refunds, relax it for shipping questions.' },
  { icon: Workflow, title: 'Fits your helpdesk', body: 'Hand off into Zendesk, Gorgias or Freshdesk, or chat live from Convix. Business hours and time zones included.' },
  { icon: Languages, title: 'Speaks your brand voice', body: 'Describe your tone once. Forbidden topics stay forbidden on every channel.' },
];

export const STEPS = [
  { title: 'Connect your store', body: 'Shopify, WooCommerce, BigCommerce, Squarespace, Wix or any custom site in minutes.' },
  { title: 'Train the AI', body: 'Add FAQs, policies and URLs. Test questions and see the answer, sources and confidence.' },
  { title: 'Go live everywhere', body: 'Paste one snippet for the widget and connect WhatsApp, Instagram, SMS and email.' },
];

export const COMPARISON: [string, boolean | string, boolean | string, boolean | string][] = [
  ['Answers grounded in your docs with sources', true, 'Partial', false],
  ['Product recommendations & revenue attribution', true, false, false],
  ['Confidence-based handoff with AI summary', true, false, 'Manual'],
  ['WhatsApp, Instagram, Messenger, SMS, email', true, 'Some', true],
  ['Per-reply decision record', true, false, false],
  ['Live in under 30 minutes', true, true, false],
];
