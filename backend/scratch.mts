import { openTestDb } from './src/modules/ai/test-db.ts';
import { createAiProviders } from './src/modules/ai/providers.ts';
import { loadFixture } from './src/modules/ai/eval/eval-core.ts';
import { seedFixtureStore, ingestStore } from './src/modules/ai/eval/local-player.ts';
import { runAiTurn } from './src/modules/ai/ai-turn.service.ts';
const db = await openTestDb();
const deps = { prisma: db.prisma, providers: createAiProviders() };
const storeId = await seedFixtureStore(db.prisma, loadFixture('/work/shared/eval/trailhead-store.json'));
await ingestStore(deps, storeId);
const qs = ["what's the cost of shipping to alaska", "do u ship to australia", "my jacket zipper is broken can i get it fixed", "can i pay with apple pay",
 "are your fleeces made from recycled materials", "how many points do I get per dollar", "do you have a store in denver?", "Can I return something I bought with a gift card?",
 "what does the stormline jacket weigh", "i want to talk to someone", "this is taking forever, I'm so frustrated", "ok", "what headlamp do you have", "best sleeping bag for cold nights",
 "do you have free returns", "when will my refund arrive", "is there a warranty on tents", "can i get my order faster", "how do i contact support", "what's your phone number",
 "do you sell bikes", "can i pay with klarna", "is the down jacket waterproof?", "hello, do you ship to mexico?"];
for (const m of qs) { const r = await runAiTurn(deps, { storeId, history: [], message: m, state: { unresolvedCount: 0, clarifyCount: 0 } });
  console.log(`${m} => ${r.decision.action}/${r.decision.trigger ?? ''} ${r.decision.confidence.composite} [${r.decision.sources.map(s=>s.title).join('|')}] ${r.decision.recommendations.map(x=>x.sku).join(',')} ${r.decision.signals.filter(s=>s.startsWith('not_in')).join(' ')}\n    ${r.content.replace(/\n/g,' ').slice(0,220)}`); }
await db.close();
