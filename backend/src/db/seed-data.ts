// Demo content for the seeded store (an outdoor-apparel shop).
export const DEMO_PRODUCTS = [
  { sku: 'NW-JKT-001', name: 'Summit Shell Jacket', description: 'Waterproof, breathable 3-layer shell for alpine days. Pit zips, helmet-compatible hood.', price: 249, category: 'Jackets', tags: ['waterproof', 'hiking', 'alpine'] },
  { sku: 'NW-JKT-002', name: 'Ridge Down Puffer', description: '800-fill responsibly sourced down puffer that packs into its own pocket. Warm to -10°C.', price: 199, category: 'Jackets', tags: ['down', 'winter', 'packable'] },
  { sku: 'NW-BOOT-010', name: 'Trailblazer Hiking Boots', description: 'Mid-height leather hiking boots with a waterproof membrane and Vibram outsole.', price: 179, category: 'Footwear', tags: ['hiking', 'waterproof', 'boots'] },
  { sku: 'NW-BOOT-011', name: 'Trail Runner Lite', description: 'Lightweight trail running shoes with a rock plate and grippy lugs.', price: 139, category: 'Footwear', tags: ['running', 'trail'] },
  { sku: 'NW-PACK-020', name: 'Daytripper 28L Pack', description: '28-litre daypack with hydration sleeve, rain cover and ventilated back panel.', price: 119, category: 'Packs', tags: ['daypack', 'hiking'] },
  { sku: 'NW-PACK-021', name: 'Expedition 65L Backpack', description: 'Adjustable 65-litre trekking backpack for multi-day trips, with a removable lid.', price: 289, category: 'Packs', tags: ['backpacking', 'trekking'] },
  { sku: 'NW-TENT-030', name: 'Basecamp 2P Tent', description: 'Two-person, three-season freestanding tent, 2.1 kg, two doors and vestibules.', price: 329, category: 'Camping', tags: ['tent', 'camping', 'backpacking'] },
  { sku: 'NW-BAG-040', name: 'Nightfall Sleeping Bag', description: 'Synthetic mummy sleeping bag rated to -5°C; stays warm when damp.', price: 159, category: 'Camping', tags: ['sleeping bag', 'camping'] },
  { sku: 'NW-ACC-050', name: 'Merino Hiking Socks (3-pack)', description: 'Cushioned merino wool socks that resist odour and blisters.', price: 39, category: 'Accessories', tags: ['socks', 'merino'] },
  { sku: 'NW-ACC-051', name: 'Trekking Poles (pair)', description: 'Collapsible aluminium trekking poles with cork grips and flick locks.', price: 89, category: 'Accessories', tags: ['poles', 'hiking'] },
];

export const DEMO_KNOWLEDGE = [
  {
    type: 'POLICY' as const,
    title: 'Shipping policy',
    content: 'Standard shipping within the US takes 3–5 business days and is free on orders over $75; below that it costs $5.95. Express shipping takes 1–2 business days and costs $15. Orders placed before 2 pm Eastern ship the same business day. We ship to Canada in 5–10 business days for a flat $19.',
  },
  {
    type: 'POLICY' as const,
    title: 'Returns and exchanges',
    content: 'You can return unworn items within 60 days of delivery for a full refund. Exchanges are free. Start a return from the link in your order confirmation email; we email a prepaid return label. Refunds reach your original payment method within 5 business days of us receiving the item. Worn footwear can be returned within 30 days if it fails under normal use.',
  },
  {
    type: 'FAQ' as const,
    title: 'Sizing and fit FAQ',
    content: 'Q: How do your jackets fit?\nA: Our jackets have an athletic fit; if you are between sizes or want to layer underneath, size up.\n\nQ: Do your boots run true to size?\nA: Yes, our boots run true to size. Wide widths are available for the Trailblazer Hiking Boots.\n\nQ: Where can I find the size chart?\nA: Every product page has a size chart under the "Size & fit" tab.',
  },
  {
    type: 'FAQ' as const,
    title: 'Orders and payment FAQ',
    content: 'Q: Which payment methods do you accept?\nA: We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Shop Pay.\n\nQ: Can I change or cancel my order?\nA: You can change or cancel an order within 1 hour of placing it by replying to your confirmation email.\n\nQ: How do I track my order?\nA: Your shipping confirmation email has a tracking link; you can also track it from your account page.',
  },
  {
    type: 'POLICY' as const,
    title: 'Warranty',
    content: 'All Northwind gear carries a 2-year warranty against defects in materials and workmanship. Jackets and tents get a lifetime warranty on seams and zippers. To make a claim, email photos of the issue with your order number to care@northwind.example.',
  },
];
