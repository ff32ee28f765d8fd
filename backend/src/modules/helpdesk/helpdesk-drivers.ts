// Helpdesk ticket drivers speaking each provider's real REST shape. Base URLs come from env
// (ZENDESK_BASE_URL etc., `{subdomain}`/`{domain}` placeholders) so tests point them at local
// servers; production uses the providers' own hosts.
import type { Env } from '../../config/env.js';

export interface TicketInput {
  subject: string;
  body: string;
  requester: { name: string | null; email: string | null };
  tags: string[];
}

export interface HelpdeskDriver {
  readonly provider: 'zendesk' | 'gorgias' | 'freshdesk';
  createTicket(t: TicketInput): Promise<{ externalId: string }>;
}

type Keys = Record<string, string | undefined>;

const basic = (user: string, pass: string) => `Basic ${Buffer.from(`${user}:${pass}`).toString('base64')}`;
const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(vars[k] ?? '')).replace(/\/+$/, '');
// Requester email is required by all three; anonymous widget shoppers get a placeholder.
const requesterEmail = (t: TicketInput) => t.requester.email ?? 'anonymous-shopper@convix.invalid';

async function post(url: string, auth: string, body: unknown): Promise<Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`helpdesk ${new URL(url).host} answered ${res.status}: ${text.slice(0, 200)}`);
  return text ? JSON.parse(text) : {};
}

class Zendesk implements HelpdeskDriver {
  readonly provider = 'zendesk' as const;
  constructor(private readonly base: string, private readonly k: Keys) {}
  async createTicket(t: TicketInput) {
    const url = `${fill(this.base, { subdomain: this.k.subdomain! })}/api/v2/tickets.json`;
    const out = await post(url, basic(`${this.k.email}/token`, this.k.apiToken!), {
      ticket: { subject: t.subject, comment: { body: t.body }, requester: { name: t.requester.name ?? 'Shopper', email: requesterEmail(t) }, tags: t.tags },
    });
    return { externalId: String(out.ticket?.id) };
  }
}

class Gorgias implements HelpdeskDriver {
  readonly provider = 'gorgias' as const;
  constructor(private readonly base: string, private readonly k: Keys) {}
  async createTicket(t: TicketInput) {
    const url = `${fill(this.base, { domain: this.k.domain! })}/api/tickets`;
    const customer = { email: requesterEmail(t), name: t.requester.name ?? undefined };
    const out = await post(url, basic(this.k.email!, this.k.apiKey!), {
      customer, channel: 'api', via: 'api', subject: t.subject, tags: t.tags.map((name) => ({ name })),
      messages: [{ channel: 'api', via: 'api', from_agent: false, sender: customer, body_text: t.body, subject: t.subject }],
    });
    return { externalId: String(out.id) };
  }
}

class Freshdesk implements HelpdeskDriver {
  readonly provider = 'freshdesk' as const;
  constructor(private readonly base: string, private readonly k: Keys) {}
  async createTicket(t: TicketInput) {
    const url = `${fill(this.base, { domain: this.k.domain! })}/api/v2/tickets`;
    // Freshdesk: status 2 = Open, priority 2 = Medium, source 7 = Chat.
    const out = await post(url, basic(this.k.apiKey!, 'X'), {
      subject: t.subject, description: t.body.replace(/\n/g, '<br>'), email: requesterEmail(t), name: t.requester.name ?? undefined,
      status: 2, priority: 2, source: 7, tags: t.tags,
    });
    return { externalId: String(out.id) };
  }
}

/** The first provider whose keys are complete, or null (then the ticket stays internal). */
export function helpdeskDriverFor(env: Env, keys: Record<string, Keys>): HelpdeskDriver | null {
  const z = keys.zendesk, g = keys.gorgias, f = keys.freshdesk;
  if (z?.subdomain && z.email && z.apiToken) return new Zendesk(env.ZENDESK_BASE_URL, z);
  if (g?.domain && g.email && g.apiKey) return new Gorgias(env.GORGIAS_BASE_URL, g);
  if (f?.domain && f.apiKey) return new Freshdesk(env.FRESHDESK_BASE_URL, f);
  return null;
}
