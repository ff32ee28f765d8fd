// The conversation pipeline's view of the AI module: one function per turn. Providers are
// built once per container (c.ai); tests (and the bench) can swap the engine per container.
import type { Container } from '../../container.js';
import { runAiTurn, type AiTurnInput, type AiTurnResult } from '../ai/ai-turn.service.js';
import type { AiDeps } from '../ai/types.js';

export type AiEngine = (input: AiTurnInput) => Promise<AiTurnResult>;

const overrides = new WeakMap<Container, AiEngine>();

export function aiDeps(c: Container): AiDeps {
  return { prisma: c.prisma, providers: c.ai };
}

export function aiEngine(c: Container): AiEngine {
  return overrides.get(c) ?? ((input) => runAiTurn(aiDeps(c), input));
}

/** Tests: replace (or wrap, via `real`) the engine for one container. */
export function setAiEngine(c: Container, make: (real: AiEngine) => AiEngine): void {
  const real: AiEngine = (input) => runAiTurn(aiDeps(c), input);
  overrides.set(c, make(real));
}
