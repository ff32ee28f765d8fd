// Builds the chat prompt for an external LLM: store identity and voice, today's date, numbered
// knowledge excerpts, recent messages and the house rules. All shopper text is redacted first.
import type { TMessageRole } from '@convix/shared/contracts';
import { redact } from './redaction.js';

export interface PromptInput {
  storeName: string;
  brandVoice: string;
  forbiddenTopics: string[];
  now: Date;
  action: 'answer' | 'recommend' | 'clarify';
  message: string;
  history: { role: TMessageRole; content: string }[];
  knowledge: { title: string; content: string }[];
  products: { sku: string; name: string; price: number; currency: string; inStock: boolean; description: string }[];
  clarifyOptions?: string[];
}

export interface BuiltPrompt {
  messages: { role: 'system' | 'user' | 'assistant'; content: string }[];
  redactions: Map<string, string>;
}

const TASK: Record<PromptInput['action'], string> = {
  answer: 'Answer the latest message using only the knowledge excerpts. Cite the excerpts you used as [1], [2].',
  recommend: 'Recommend the most suitable of the listed products (name and price), briefly saying why, and cite knowledge you used as [n].',
  clarify: 'The request is ambiguous. Ask exactly one short clarifying question; do not answer yet.',
};

export function buildPrompt(input: PromptInput): BuiltPrompt {
  const map = new Map<string, string>();
  const history = input.history.slice(-8).map((m) => ({
    role: (m.role === 'CUSTOMER' ? 'user' : 'assistant') as 'user' | 'assistant',
    content: redact(m.content, map).text,
  }));
  const message = redact(input.message, map).text;
  const knowledge = input.knowledge.map((k, i) => `[${i + 1}] ${k.title}\n${k.content}`).join('\n\n') || '(no relevant knowledge found)';
  const products = input.products
    .map((p) => `- ${p.name} (SKU ${p.sku}), ${p.price.toFixed(2)} ${p.currency}, ${p.inStock ? 'in stock' : 'out of stock'}: ${p.description}`)
    .join('\n');
  const system = [
    `You are the shopping assistant of ${input.storeName}. Voice: ${input.brandVoice}.`,
    `Today is ${input.now.toISOString().slice(0, 10)}.`,
    'Rules:',
    '- You are an AI assistant; say so honestly if asked. Never claim to be a person.',
    '- Use only facts from the knowledge and product list below. If they do not contain the answer, say you are not sure and offer a teammate. Never invent order status, prices, stock, dates or policies.',
    input.forbiddenTopics.length ? `- Politely decline to discuss: ${input.forbiddenTopics.join(', ')}.` : '',
    '- Placeholders like [EMAIL_1] stand for private data; keep them as they are.',
    '- Keep replies short: 1 to 4 sentences.',
    `Task: ${TASK[input.action]}${input.clarifyOptions?.length ? ` Possible topics: ${input.clarifyOptions.join('; ')}.` : ''}`,
    `Knowledge:\n${knowledge}`,
    products ? `Products:\n${products}` : '',
  ].filter(Boolean).join('\n');
  return { messages: [{ role: 'system', content: system }, ...history, { role: 'user', content: message }], redactions: map };
}
