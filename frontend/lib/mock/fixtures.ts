// Static vocabulary for the demo store "Northwind Outfitters" (outdoor apparel on Shopify).
import type { TChannelType, TIntent } from '@convix/shared/contracts';

export const FIRST_NAMES = ['Olivia', 'Liam', 'Emma', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Amara', 'Kenji', 'Priya', 'Jonas', 'Chloe', 'Diego', 'Hana', 'Omar', 'Zoe', 'Felix', 'Leila', 'Arjun', 'Nora', 'Samuel', 'Ines', 'Tariq', 'Grace', 'Yuki', 'Marco', 'Elena'];
export const LAST_NAMES = ['Johnson', 'Garcia', 'Nguyen', 'Müller', 'Okafor', 'Rossi', 'Kim', 'Silva', 'Patel', 'Dubois', 'Cohen', 'Andersen', 'Tanaka', 'Haddad', 'Walsh', 'Moreau', 'Kowalski', 'Reyes', 'Fischer', 'Brooks'];
export const COUNTRIES = ['Canada', 'the UK', 'Germany', 'Australia', 'Mexico', 'Japan', 'France', 'Ireland'];

export const PRODUCTS = [
  { sku: 'NW-TR3-BLK', name: 'Trail Runner 3', price: 139 },
  { sku: 'NW-SHL-GRN', name: 'Ridgeline Rain Shell', price: 189 },
  { sku: 'NW-DWN-NVY', name: 'Summit Down Jacket', price: 279 },
  { sku: 'NW-FLC-GRY', name: 'Basecamp Fleece', price: 89 },
  { sku: 'NW-PCK-28L', name: 'Traverse 28L Pack', price: 149 },
  { sku: 'NW-SCK-3PK', name: 'Merino Hiking Socks (3-pack)', price: 36 },
  { sku: 'NW-HAT-BEI', name: 'Sun Trek Hat', price: 32 },
  { sku: 'NW-TNT-2P', name: 'Alpine 2P Tent', price: 429 },
  { sku: 'NW-BTL-1L', name: 'Insulated Bottle 1L', price: 38 },
  { sku: 'NW-PNT-OLV', name: 'Switchback Hiking Pants', price: 99 },
] as const;

export const AGENTS = [
  { name: 'Alex Rivera', email: 'alex@northwind-outfitters.com', role: 'OWNER' as const },
  { name: 'Maya Chen', email: 'maya@northwind-outfitters.com', role: 'ADMIN' as const },
  { name: 'Jordan Blake', email: 'jordan@northwind-outfitters.com', role: 'AGENT' as const },
  { name: 'Sam Idowu', email: 'sam@northwind-outfitters.com', role: 'AGENT' as const },
];

export const CHANNEL_WEIGHTS: (readonly [TChannelType, number])[] = [
  ['WIDGET', 40], ['WHATSAPP', 20], ['INSTAGRAM', 12], ['MESSENGER', 9], ['SMS', 8], ['EMAIL', 11],
];

export { TRIGGER_LABEL } from '@/lib/labels';

export const TOP_QUESTIONS: [string, number, number][] = [
  ['Where is my order?', 412, 0.96],
  ['How long does shipping take?', 288, 0.98],
  ['How do I return an item?', 241, 0.93],
  ['Which size should I get?', 196, 0.88],
  ['Do you ship internationally?', 151, 0.97],
  ['Is this jacket waterproof?', 117, 0.91],
  ['Can I change my shipping address?', 94, 0.72],
  ['Do you have a discount code?', 83, 0.85],
  ['When will it be back in stock?', 71, 0.8],
  ['Can I talk to a person?', 58, 0.1],
];

export const TOPIC_BY_INTENT: Partial<Record<TIntent, string>> = {
  ORDER_STATUS: 'Order status',
  SHIPPING: 'Shipping question',
  RETURNS: 'Return request',
  PRODUCT_QUESTION: 'Product question',
  PURCHASE_INTENT: 'Gift recommendation',
  COMPLAINT: 'Damaged delivery',
  HUMAN_REQUEST: 'Wants a person',
};
