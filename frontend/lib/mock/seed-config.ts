// Seeded store configuration: team, channels and training documents.
import type { TChannel, TMember, TTrainingDoc } from '@convix/shared/contracts';
import { AGENTS } from './fixtures';
import { DEMO_USER_ID } from './ids';
import type { Rng } from './prng';

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

export function seedMembers(r: Rng, now: number): TMember[] {
  const active: TMember[] = AGENTS.map((a, i) => ({
    id: r.uuid(), userId: i === 0 ? DEMO_USER_ID : r.uuid(), email: a.email, name: a.name, role: a.role,
    status: 'ACTIVE', invitationExpiresAt: null, createdAt: iso(now - (180 - i * 30) * DAY),
  }));
  return [
    ...active,
    { id: r.uuid(), userId: null, email: 'riley@northwind-outfitters.com', name: null, role: 'AGENT', status: 'INVITED', invitationExpiresAt: iso(now + 5 * DAY), createdAt: iso(now - 2 * DAY) },
  ];
}

export function seedChannels(r: Rng, now: number): TChannel[] {
  const base = (type: TChannel['type'], name: string, config: Record<string, unknown>, ok: boolean | null, extra: Partial<TChannel> = {}): TChannel => ({
    id: r.uuid(), type, name, isActive: true, externalId: null, config,
    webhookUrl: type === 'WIDGET' ? null : `https://api.convix.app/v1/webhooks/${type.toLowerCase()}/${r.uuid().slice(0, 8)}`,
    lastTestedAt: ok === null ? null : iso(now - r.int(1, 20) * 3_600_000), lastTestOk: ok, lastTestError: null,
    createdAt: iso(now - r.int(60, 150) * DAY), updatedAt: iso(now - r.int(1, 30) * DAY), ...extra,
  });
  return [
    base('WIDGET', 'Website widget', {}, true),
    base('WHATSAPP', 'WhatsApp Business', { phoneNumberId: '109876543210987', accessToken: '••••a91f', appSecret: '••••77c2', verifyToken: '••••3b10' }, true, { externalId: '+1 415 555 0123' }),
    base('INSTAGRAM', 'Instagram @northwind.outfitters', { instagramAccountId: '17841400000000', pageAccessToken: '••••c0de', appSecret: '••••77c2', verifyToken: '••••9a0f' }, true),
    base('SMS', 'Twilio SMS', { accountSid: 'AC4f2d9e0b7c1a3f5e8d6b2c4a9e7f1d3b', authToken: '••••e5f1', phoneNumber: '+14155550188' }, false, {
      lastTestError: 'Twilio returned 401: the auth token was rotated. Paste the new token to reconnect.',
    }),
    base('EMAIL', 'Support inbox', { inboundAddress: 'northwind@inbound.convix.app', fromAddress: 'support@northwind-outfitters.com', fromName: 'Northwind Support', smtpHost: 'smtp.postmarkapp.com', smtpPort: 587, smtpUser: 'northwind', smtpPassword: '••••0b9e' }, true),
  ];
}

const DOCS: [TTrainingDoc['type'], string, string, Partial<TTrainingDoc>?][] = [
  ['FAQ', 'Shipping FAQ', 'Orders ship within 1 business day from Denver. Standard US shipping takes 3–5 business days, express 1–2. Shipping is free on orders over $150. International orders arrive in 5–9 business days; duties are calculated at checkout. Tracking numbers are emailed when the label is created.'],
  ['POLICY', 'Return & refund policy', 'Unworn items can be returned within 30 days for a full refund or a free exchange. Start a return at northwind-outfitters.com/returns. Refunds are issued to the original payment method within 5 business days of receiving the item. Final-sale items cannot be returned.'],
  ['POLICY', 'International shipping policy', 'We ship to 40 countries. Duties and taxes are shown at checkout (DDP). Returns from outside the US are free for exchanges.'],
  ['FAQ', 'Promotions FAQ', 'One promo code per order. Promo codes do not apply to gift cards. Store credit can be combined with a promo code on in-stock items.'],
  ['URL', 'Size guide', 'Tops run true to size; the Trail Runner 3 runs half a size small; pants have a 32-inch inseam by default.', { sourceUrl: 'https://northwind-outfitters.com/pages/size-guide' }],
  ['FILE', 'Care & materials guide', 'Wash shells cold and tumble dry low to reactivate the DWR finish. Merino socks: cold wash, lay flat to dry.', { fileName: 'care-and-materials.pdf' }],
  ['PRODUCT_CATALOG', 'Product catalog', '214 products synced from Shopify with prices, stock and variants.'],
  ['MANUAL', 'Alpine 2P Tent setup manual', 'Lay out the footprint, clip the body to the poles, then attach the fly with the door over the vestibule.'],
  ['URL', 'Gift guide', 'Popular gifts under $100: Basecamp Fleece, Merino Hiking Socks, Insulated Bottle, Sun Trek Hat.', { sourceUrl: 'https://northwind-outfitters.com/blogs/gift-guide' }],
  ['FAQ', 'Order lookup (Shopify)', 'Live order status, fulfilment and tracking are read from Shopify for verified customers.'],
  ['URL', 'Warranty page', '', { sourceUrl: 'https://northwind-outfitters.com/pages/warrranty', status: 'FAILED', error: 'The page returned 404 Not Found. Check the URL and retry.', progress: 0, chunkCount: 0 }],
];

export function seedDocs(r: Rng, now: number): TTrainingDoc[] {
  return DOCS.map(([type, title, content, extra], i) => ({
    id: r.uuid(), type, title, content, sourceUrl: null, fileName: null, status: 'READY', error: null, progress: 100,
    chunkCount: Math.max(1, Math.round(content.length / 60)), createdAt: iso(now - (120 - i * 9) * DAY), updatedAt: iso(now - (40 - i * 3) * DAY),
    ...extra,
  }));
}
