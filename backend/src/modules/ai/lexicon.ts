// General retail vocabulary used by the local (no-model) language features. Nothing here names a
// particular merchant: these are the ways shoppers of any store paraphrase common commerce
// concepts, so that "swap" finds an "exchanges" policy and "bitcoin" finds "cryptocurrency".

/** Concept groups: every word maps to the group's first entry (its canonical concept). */
export const SYNONYM_GROUPS: string[][] = [
  ['ship', 'shipping', 'shipped', 'ships', 'deliver', 'delivery', 'delivered', 'deliveries', 'send', 'sending', 'sent', 'dispatch', 'arrive', 'arrival', 'envio', 'envios', 'enviar', 'livraison', 'versand', 'spedizione'],
  ['international', 'abroad', 'overseas', 'worldwide', 'foreign', 'country', 'countries'],
  ['eu', 'europe', 'european'],
  ['return', 'returns', 'returning', 'returned', 'devolucion', 'devoluciones', 'retour', 'ruckgabe'],
  ['refund', 'refunds', 'refunded', 'reimburse', 'reimbursement', 'reembolso', 'remboursement'],
  ['exchange', 'exchanges', 'swap', 'switch', 'replace', 'replacement'],
  ['cancel', 'cancels', 'cancelled', 'canceled', 'cancellation', 'cancelling', 'canceling'],
  ['change', 'modify', 'edit', 'alter', 'amend'],
  ['track', 'tracking', 'trace', 'tracked'],
  ['order', 'orders', 'ordered', 'package', 'parcel', 'shipment', 'pedido', 'commande', 'bestellung'],
  ['pay', 'payment', 'payments', 'paying', 'paid', 'billing'],
  ['accept', 'accepts', 'accepted'],
  ['crypto', 'cryptocurrency', 'bitcoin', 'btc', 'ethereum', 'eth'],
  ['installment', 'installments', 'instalment', 'instalments', 'klarna', 'afterpay', 'financing'],
  ['gift', 'gifts', 'voucher', 'vouchers'],
  ['price', 'prices', 'pricing', 'cost', 'costs', 'cheap', 'cheaper', 'cheapest', 'expensive', 'priced', 'precio', 'prix'],
  ['discount', 'discounts', 'promo', 'promotion', 'promotional', 'coupon', 'coupons', 'voucher code'],
  ['warranty', 'warranties', 'guarantee', 'guaranteed'],
  ['defect', 'defects', 'defective', 'broke', 'broken', 'break', 'breaks', 'faulty', 'ripped', 'torn', 'malfunction'],
  ['zip', 'zips', 'zipper', 'zippers'],
  ['store', 'stores', 'shop', 'shops', 'boutique', 'flagship', 'showroom', 'retailer', 'retailers', 'tienda', 'magasin'],
  ['open', 'opening', 'hours', 'hour', 'closing'],
  ['pickup', 'pick', 'collect', 'collection', 'curbside'],
  ['online', 'website', 'web', 'site'],
  ['size', 'sizes', 'sizing', 'fit', 'fits', 'bigger', 'smaller', 'larger', 'talla', 'taille'],
  ['chest', 'bust'],
  ['wash', 'washing', 'clean', 'cleaning', 'launder', 'laundry', 'care'],
  ['waterproof', 'water-resistant', 'watertight', 'rain', 'rainy', 'wet', 'raincoat', 'repellent'],
  ['hydration', 'bladder', 'reservoir', 'camelbak'],
  ['jacket', 'jackets', 'coat', 'coats', 'parka', 'anorak', 'shell', 'shells'],
  ['insulated', 'insulation', 'warm', 'warmth', 'warmest', 'thermal', 'cozy'],
  ['boot', 'boots'],
  ['shoe', 'shoes', 'sneaker', 'sneakers', 'trainers', 'runners'],
  ['pack', 'packs', 'backpack', 'backpacks', 'rucksack', 'knapsack'],
  ['tent', 'tents', 'shelter'],
  ['hike', 'hikes', 'hiking', 'hiker', 'trek', 'trekking', 'trail', 'trails'],
  ['camp', 'camping', 'campsite', 'campground'],
  ['winter', 'cold', 'freezing', 'snow', 'chilly'],
  ['light', 'lightweight', 'ultralight', 'packable'],
  ['stock', 'available', 'availability', 'inventory'],
  ['duty', 'duties', 'customs', 'tariff', 'tariffs', 'import', 'tax', 'taxes', 'vat'],
  ['before', 'cutoff', 'deadline'],
  ['reward', 'rewards', 'loyalty', 'points'],
  ['responsible', 'responsibly', 'ethical', 'ethically', 'sustainable', 'sustainability', 'eco', 'recycled'],
  ['buyback', 'trade-in', 'tradein', 'resale'],
  ['used', 'secondhand', 'preowned', 'pre-owned'],
  ['job', 'jobs', 'hiring', 'hire', 'career', 'careers', 'employment', 'vacancy', 'vacancies', 'recruiting'],
  ['headlamp', 'flashlight', 'torch', 'lamp'],
  ['bottle', 'flask', 'thermos', 'tumbler'],
  ['personalize', 'personalise', 'personalized', 'personalised', 'engrave', 'engraved', 'engraving', 'monogram', 'embroidery', 'embroidered', 'customize', 'customise', 'customized', 'logo'],
  ['rent', 'rental', 'rentals', 'renting', 'lease', 'borrow'],
  ['wholesale', 'bulk', 'corporate', 'reseller', 'resell'],
  ['affiliation', 'military', 'veteran', 'veterans', 'responder', 'responders', 'student', 'students', 'teacher', 'teachers', 'nurse', 'nurses', 'senior', 'seniors'],
  ['address', 'addresses'],
  ['weight', 'weigh', 'weighs', 'heavy', 'ounces', 'oz', 'grams', 'pounds'],
  ['color', 'colors', 'colour', 'colours'],
  ['competitor', 'competitors', 'competition', 'rival', 'elsewhere'],
  ['sale', 'sales', 'clearance'],
  ['contact', 'phone', 'telephone', 'call'],
  ['repair', 'repairs', 'repaired', 'fix', 'fixed', 'fixing', 'mend'],
];

/** Words that carry two concepts (a compound or a word that implies a category). */
export const MULTI_CONCEPTS: Record<string, string[]> = {
  daypack: ['pack', 'day', 'hike'],
  puffy: ['jacket', 'insulated', 'down'],
  puffer: ['jacket', 'insulated', 'down'],
  headlight: ['headlamp'],
};

/** Countries (in several languages) and major cities: shipping to one is an international-shipping question. */
const EU = ['spain', 'espana', 'germany', 'alemania', 'deutschland', 'france', 'francia', 'italy', 'italia', 'netherlands', 'holland', 'belgium', 'ireland', 'portugal', 'austria', 'sweden', 'denmark', 'finland', 'poland', 'greece', 'czech', 'hungary', 'romania', 'croatia', 'luxembourg', 'slovakia', 'slovenia', 'estonia', 'latvia', 'lithuania', 'bulgaria', 'malta', 'cyprus', 'madrid', 'barcelona', 'berlin', 'munich', 'paris', 'rome', 'milan', 'amsterdam', 'dublin', 'lisbon', 'vienna', 'brussels'];
const UK = ['uk', 'britain', 'england', 'scotland', 'wales', 'london', 'manchester', 'edinburgh'];
const OTHER = ['canada', 'toronto', 'vancouver', 'montreal', 'australia', 'sydney', 'melbourne', 'zealand', 'auckland', 'mexico', 'brazil', 'japan', 'china', 'india', 'korea', 'singapore', 'switzerland', 'norway', 'israel', 'argentina', 'chile', 'colombia', 'peru', 'africa', 'nigeria', 'philippines', 'indonesia', 'thailand', 'vietnam', 'turkey', 'emirates', 'dubai'];
export const GEO_CONCEPTS: Record<string, string[]> = Object.fromEntries([
  ...EU.map((w) => [w, ['eu', 'international']]),
  ...UK.map((w) => [w, ['uk', 'international']]),
  ...OTHER.map((w) => [w, ['international']]),
]);

/** Chat shorthand and common misspellings mapped to the intended word before anything else. */
export const SLANG: Record<string, string> = {
  wat: 'what', wht: 'what', r: 'are', u: 'you', ur: 'your', yr: 'your', pls: 'please', plz: 'please',
  thx: 'thanks', ty: 'thanks', tnx: 'thanks', hrs: 'hours', hr: 'hour', wanna: 'want', gonna: 'going',
  cuz: 'because', bc: 'because', info: 'information', tmrw: 'tomorrow', msg: 'message', recieve: 'receive',
  adress: 'address', shiping: 'shipping', shippping: 'shipping', retrun: 'return', refnd: 'refund',
  pkg: 'package', pck: 'package', ordr: 'order', acct: 'account', w: 'with', b4: 'before',
};

export const STOPWORDS = new Set(
  `a an the and or but if then than so of to in on at by for with from into onto about as is are was were be been
  being am do does did done doing have has had having i me my mine myself you your yours we us our they them their
  he she his her it its this that these those there here what which who whom whose when where why how can could
  would should will shall may might must not no nor yes ok okay please hi hello hey thanks thank also just still
  really very too much many some any all each every other another more most less few own same such only up out
  over under again once off get got getting want wanted need needs needed like would'd let lets know tell say says
  said make made go going gone come came see look looking find found give i'm im i've ive it's its that's thats
  there's what's whats don't dont doesn't doesnt didn't didnt isn't isnt can't cant won't wont yet ever even
  something anything thing things stuff someone anyone somebody anybody one ones lot bit way kind sort around
  now soon already anymore normal usual fine good great nice sure able possible question questions help hacen
  se el la los las de del en por para que un una es le les des et est pour avec ich und der die das ist nach
  s t d ll re ve m take takes taking ask asked asking answer answers answered answering mean meant helpful unhelpful either nothing else recommend recommended recommendation recommendations suggest suggestion options option until while room reason`.split(/\s+/).filter(Boolean),
);

/** Content-bearing but generic words: they never decide what a question is about. */
export const GENERIC = new Set(
  `minute minutes hour hours day days week weeks month months year years ago today tomorrow yesterday morning
  afternoon evening evenings night nights time times brother sister mom mum dad mother father wife husband partner
  friend friends son daughter kid kids child children family people person guy guys name trip trips bought buy buying purchase
  purchased item items product products thing use using send new old first last next two three four five
  big small little long short right wrong work works working worked place placed
  stop stops stopped start started starts try tried trying keep kept seem seems feel felt think thought happen happened
  become became leave put set show showed turn turned love loved hate prefer wonder wondering guess hope hoping plan
  planning decide decided mention mentioned notice noticed realize realized wait waiting expect expected
  fast faster quickly quick often frequently usually always never sometimes later early again maybe perhaps probably
  actually basically literally exactly definitely currently recently whole entire main certain different similar
  best better worse bad happy glad interested problem problems issue issues detail details choice idea`.split(/\s+/).filter(Boolean),
);

/** Expansion of words commonly found in merchants' forbidden-topic settings. */
export const TOPIC_EXPANSIONS: Record<string, string[]> = {
  medical: ['medical', 'medicine', 'medication', 'medications', 'doctor', 'health', 'injury', 'injured', 'injure', 'ankle', 'knee', 'wrist', 'pain', 'painful', 'ibuprofen', 'aspirin', 'tylenol', 'advil', 'paracetamol', 'acetaminophen', 'sprain', 'sprained', 'twisted', 'symptom', 'symptoms', 'diagnose', 'diagnosis', 'treatment', 'prescription', 'dose', 'dosage', 'sick', 'illness', 'rash', 'blister', 'blisters', 'wound', 'bleeding', 'fracture', 'allergy', 'allergic', 'infection', 'swollen', 'hurt', 'hurts'],
  competitor: ['competitor', 'competitors', 'competition', 'rival', 'rivals', 'elsewhere', 'amazon', 'walmart', 'ebay'],
  pricing: ['price', 'prices', 'pricing', 'cost', 'costs', 'cheaper', 'cheap', 'expensive', 'priced'],
  price: ['price', 'prices', 'pricing', 'cost', 'costs', 'cheaper', 'cheap', 'expensive', 'priced'],
  legal: ['legal', 'lawyer', 'lawsuit', 'sue', 'attorney', 'law', 'court', 'liability'],
  political: ['politics', 'political', 'election', 'vote', 'voting', 'president', 'democrat', 'republican', 'government', 'senator'],
  politics: ['politics', 'political', 'election', 'vote', 'voting', 'president', 'democrat', 'republican', 'government', 'senator'],
  religion: ['religion', 'religious', 'god', 'church', 'faith', 'pray'],
  financial: ['invest', 'investment', 'investing', 'stocks', 'trading', 'retirement', 'loan', 'mortgage'],
  investment: ['invest', 'investment', 'investing', 'stocks', 'trading'],
};
/** Filler words in a forbidden-topic setting ("medical advice") that carry no topic of their own. */
export const TOPIC_FILLER = new Set(['advice', 'questions', 'question', 'topics', 'topic', 'information', 'info', 'discussion', 'discussions', 'talk', 'opinions', 'opinion', 'recommendations', 'about']);
/** Phrases that indicate a competitor without naming one. */
export const COMPETITOR_PHRASES = /\b(another|other|different)\s+(\w+\s+){0,3}(store|shop|retailer|site|website|seller|brand|company)\b|\bsomewhere else\b|\belsewhere\b|\bcompetitors?\b|\bdown the road\b/i;

/** Multi-word expressions rewritten to one concept word before tokenising. */
export const PHRASES: [RegExp, string][] = [
  [/\b(?:send|sending|sent|ship|shipping|mail|mailing)\s+(?:\w+\s+){0,2}back\b/g, 'return'],
  [/\bmoney back\b/g, 'refund'],
  [/\bpick(?:ing|ed)?\s+(?:\w+\s+){0,2}up\b/g, 'pickup'],
  [/\b(?:buy|buys|buying|bought)\s+(?:\w+\s+)?back\b/g, 'buyback'],
  [/\bgive\s+(?:\w+\s+)?back\b/g, 'return'],
];
