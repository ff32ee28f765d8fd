// Dependencies of the AI services: a Prisma client and the chosen providers. Kept as a plain
// object so the API, the worker, tests, the eval harness and the bench can each build one.
import type { Prisma } from '../../db/client.js';
import type { FetchLike } from './crawler.js';
import type { EmbeddingProvider } from './embedding-provider.js';
import type { GenerationProvider } from './generation-provider.js';

export interface AiProviders {
  embedding: EmbeddingProvider;
  generation: GenerationProvider;
}

export interface AiDeps {
  prisma: Prisma;
  providers: AiProviders;
  /** injectable for tests; defaults to global fetch */
  fetch?: FetchLike;
  now?: () => Date;
}
