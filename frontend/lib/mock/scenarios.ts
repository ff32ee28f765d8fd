// Conversation scripts: each returns the turns of one realistic exchange.
import type { TDecisionAction, THandoffTrigger, TIntent } from '@convix/shared/contracts';
import { COUNTRIES, PRODUCTS } from './fixtures';
import type { Rng } from './prng';

export interface AiTurn {
  role: 'AI';
  text: string;
  action: TDecisionAction;
  intent: TIntent;
  /** Rough factual/intent/emotional levels; the generator adds noise. */
  conf: [number, number, number];
  sources: string[];
  trigger?: THandoffTrigger;
  recommend?: number[];
  signals?: string[];
}
export type Turn = { role: 'CUSTOMER'; text: string } | AiTurn;

export interface Scenario {
  intent: TIntent;
  handoff: THandoffTrigger | null;
  summary?: string;
  turns: Turn[];
  revenue?: number;
}

const order = (r: Rng) => `#${r.int(1040, 9980)}`;

export function buildScenario(r: Rng, first: string): Scenario {
  const p = r.pick(PRODUCTS);
  const o = order(r);
  const kind = r.weighted([
    ['order', 24], ['shipping', 16], ['returns', 14], ['product', 14], ['purchase', 14],
    ['complaint', 5], ['human', 5], ['lowconf', 5], ['highvalue', 3],
  ] as const);
  switch (kind) {
    case 'order':
      return { intent: 'ORDER_STATUS', handoff: null, turns: [
        { role: 'CUSTOMER', text: `Hi! Where is my order ${o}? It's been a few days.` },
        { role: 'AI', text: `Hi ${first}! Order ${o} shipped on Tuesday with UPS (tracking 1Z${r.int(100000, 999999)}W). It's expected to arrive in 2 business days.`, action: 'answer', intent: 'ORDER_STATUS', conf: [0.94, 0.95, 0.9], sources: ['Shipping FAQ', 'Order lookup (Shopify)'] },
        { role: 'CUSTOMER', text: 'Perfect, thank you!' },
        { role: 'AI', text: 'You are welcome! I will be here if anything else comes up. 🙌', action: 'answer', intent: 'THANKS', conf: [0.99, 0.98, 0.95], sources: [] },
      ] };
    case 'shipping': {
      const c = r.pick(COUNTRIES);
      return { intent: 'SHIPPING', handoff: null, turns: [
        { role: 'CUSTOMER', text: `Do you ship to ${c}? How long would it take?` },
        { role: 'AI', text: `Yes, we ship to ${c}! International orders arrive in 5–9 business days, and shipping is free on orders over $150. Duties are calculated at checkout.`, action: 'answer', intent: 'SHIPPING', conf: [0.92, 0.93, 0.9], sources: ['Shipping FAQ', 'International shipping policy'] },
      ] };
    }
    case 'returns':
      return { intent: 'RETURNS', handoff: null, turns: [
        { role: 'CUSTOMER', text: `I'd like to return the ${p.name}, it doesn't fit.` },
        { role: 'AI', text: `Sorry it didn't fit! You can return unworn items within 30 days for a full refund or a free exchange. Start here: northwind-outfitters.com/returns — want me to suggest a different size?`, action: 'answer', intent: 'RETURNS', conf: [0.9, 0.92, 0.82], sources: ['Return & refund policy', 'Size guide'] },
        { role: 'CUSTOMER', text: 'Yes please, I usually wear a medium.' },
        { role: 'AI', text: `The ${p.name} runs slightly small, so most customers who wear a medium go with a large. I can add a note to your exchange.`, action: 'recommend', intent: 'PRODUCT_QUESTION', conf: [0.81, 0.86, 0.88], sources: ['Size guide'] },
      ] };
    case 'product':
      return { intent: 'PRODUCT_QUESTION', handoff: null, turns: [
        { role: 'CUSTOMER', text: `Is the ${p.name} good for rainy hikes?` },
        { role: 'AI', text: `Great question! The ${p.name} is water-resistant with a DWR finish — fine for showers. For all-day rain I'd pair it with the Ridgeline Rain Shell (fully seam-taped, 20k waterproof rating).`, action: 'recommend', intent: 'PRODUCT_QUESTION', conf: [0.86, 0.9, 0.9], sources: ['Product catalog', 'Care & materials guide'], recommend: [1] },
      ] };
    case 'purchase': {
      const a = r.pick(PRODUCTS);
      const b = r.pick(PRODUCTS);
      return { intent: 'PURCHASE_INTENT', handoff: null, revenue: a.price + (a === b ? 0 : b.price), turns: [
        { role: 'CUSTOMER', text: 'Looking for a gift for my partner who just got into hiking. Budget around $200.' },
        { role: 'AI', text: `Love that! Two popular picks: the ${a.name} ($${a.price}) and the ${b.name} ($${b.price}). Together they stay close to your budget and ship free.`, action: 'recommend', intent: 'PURCHASE_INTENT', conf: [0.88, 0.91, 0.92], sources: ['Product catalog', 'Gift guide'], recommend: [PRODUCTS.indexOf(a), PRODUCTS.indexOf(b)] },
        { role: 'CUSTOMER', text: 'Ordered both, thanks!' },
        { role: 'AI', text: 'Wonderful choice — your order is confirmed. Gift wrapping was added for free. 🎁', action: 'answer', intent: 'THANKS', conf: [0.97, 0.96, 0.96], sources: [] },
      ] };
    }
    case 'complaint':
      return { intent: 'COMPLAINT', handoff: 'ANGER_DETECTED', summary: `${first} received order ${o} with a damaged ${p.name} for the second time and is upset. Wants a replacement shipped express, not a refund. Tone: frustrated; offer an apology and expedited replacement.`, turns: [
        { role: 'CUSTOMER', text: `This is the SECOND time my ${p.name} arrived damaged. Order ${o}. Honestly unacceptable.` },
        { role: 'AI', text: "I'm really sorry — that's not the experience we want for you. I'm bringing in someone from our team right now who can arrange an express replacement.", action: 'handoff', intent: 'COMPLAINT', conf: [0.7, 0.88, 0.22], sources: ['Return & refund policy'], trigger: 'ANGER_DETECTED', signals: ['negative sentiment -0.82', 'repeat issue', 'capitalised words'] },
      ] };
    case 'human':
      return { intent: 'HUMAN_REQUEST', handoff: 'EXPLICIT_REQUEST', summary: `${first} asked to speak with a person about a wholesale order for a hiking club (~25 ${p.name}). Wants volume pricing and delivery before the 15th.`, turns: [
        { role: 'CUSTOMER', text: `Can I talk to a real person? It's about a bulk order of ${p.name} for our hiking club.` },
        { role: 'AI', text: 'Of course! I’m connecting you with our team now. I’ve shared the details so you won’t need to repeat yourself.', action: 'handoff', intent: 'HUMAN_REQUEST', conf: [0.6, 0.97, 0.8], sources: [], trigger: 'EXPLICIT_REQUEST', signals: ['explicit human request', 'bulk order'] },
      ] };
    case 'lowconf':
      return { intent: 'OTHER', handoff: 'LOW_CONFIDENCE', summary: `${first} wants to combine old-site store credit with a promo code on a pre-order of the ${p.name}. Policy docs don't cover stacking credit on pre-orders.`, turns: [
        { role: 'CUSTOMER', text: `Can I use store credit from your old website together with a promo code on the ${p.name} pre-order?` },
        { role: 'AI', text: 'Good question — I want to make sure you get an accurate answer on combining credit with a pre-order, so I’m looping in a teammate.', action: 'handoff', intent: 'OTHER', conf: [0.34, 0.58, 0.85], sources: ['Promotions FAQ'], trigger: 'LOW_CONFIDENCE', signals: ['no matching policy', 'composite below threshold'] },
      ] };
    case 'highvalue': {
      const cart = r.int(900, 2400);
      return { intent: 'PURCHASE_INTENT', handoff: 'HIGH_VALUE_AT_RISK', summary: `${first} has a $${cart} cart (incl. Alpine 2P Tent) and the SUMMIT15 code fails at checkout. Likely to abandon; consider honouring the code manually.`, revenue: 0, turns: [
        { role: 'CUSTOMER', text: 'The SUMMIT15 code is not working and I have a big cart. Should I just buy elsewhere?' },
        { role: 'AI', text: 'Please don’t go yet! A teammate can fix the code for you right away — connecting you now.', action: 'handoff', intent: 'PURCHASE_INTENT', conf: [0.55, 0.9, 0.45], sources: ['Promotions FAQ'], trigger: 'HIGH_VALUE_AT_RISK', signals: [`cart value $${cart} ≥ threshold`, 'churn risk'] },
      ] };
    }
  }
}
