// The conversation pipeline's view of the AI module: one function per turn. Providers are
// built once per container from env; tests (and the bench) can swap the engine per container.
import type { Container } from '../../container.js';
import { runAiTurn, type AiTurnInput, type AiTurnResult } from '../ai/ai-turn.service.js';
import { createAiProviders } from '../ai/providers.js';
import type { AiDeps } from '../ai/types.js';

export type AiEngine = (input: AiTurnInput) => Promise<AiTurnResult>;

const deps = new WeakMap<Container, AiDeps>();
const overrides = new WeakMap<Container, AiEngine>();

export function aiDeps(c: Container): AiDeps {
  let d = deps.get(c);
  if (!d) {
    const providers = createAiProviders({
      provider: c.env.aiProvider as 'local' | 'openai', apiKey: c.env.OPENAI_API_KEY, baseUrl: c.env.OPENAI_BASE_URL,
      chatModel: c.env.OPENAI_CHAT_MODEL, embeddingModel: c.env.OPENAI_EMBEDDING_MODEL, dimensions: c.env.EMBEDDING_DIMENSIONS,
    });
    d = { prisma: c.prisma, providers };
    deps.set(c, d);
  }
  return d;
}

export function aiEngine(c: Container): AiEngine {
  return overrides.get(c) ?? ((input) => runAiTurn(aiDeps(c), input));
}

/** Tests: replace (or wrap, via `real`) the engine for one container. */
export function setAiEngine(c: Container, make: (real: AiEngine) => AiEngine): void {
  const real: AiEngine = (input) => runAiTurn(aiDeps(c), input);
  overrides.set(c, make(real));
}
