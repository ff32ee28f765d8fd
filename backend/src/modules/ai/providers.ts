// Provider factory. Takes plain config (the lead's env exposes the same fields) so nothing here
// reads process.env.
import { LocalEmbeddingProvider, OpenAiEmbeddingProvider } from './embedding-provider.js';
import { LocalGenerationProvider, OpenAiGenerationProvider } from './generation-provider.js';
import type { AiProviders } from './types.js';

export interface AiProviderConfig {
  provider: 'local' | 'openai';
  apiKey?: string;
  baseUrl?: string;
  chatModel: string;
  embeddingModel: string;
  dimensions: number;
}

export const DEFAULT_AI_CONFIG: AiProviderConfig = {
  provider: 'local', chatModel: 'gpt-4o', embeddingModel: 'text-embedding-3-small', dimensions: 512,
};

export function createAiProviders(cfg: AiProviderConfig = DEFAULT_AI_CONFIG): AiProviders {
  // The vector columns are vector(512); another size would fail on insert, so refuse early.
  if (cfg.dimensions !== 512) throw new Error(`EMBEDDING_DIMENSIONS must be 512 (the database column size), got ${cfg.dimensions}`);
  if (cfg.provider === 'openai') {
    return {
      embedding: new OpenAiEmbeddingProvider({ apiKey: cfg.apiKey, baseUrl: cfg.baseUrl, model: cfg.embeddingModel, dimensions: cfg.dimensions }),
      generation: new OpenAiGenerationProvider(cfg.chatModel, { apiKey: cfg.apiKey, baseUrl: cfg.baseUrl }),
    };
  }
  return { embedding: new LocalEmbeddingProvider(cfg.dimensions), generation: new LocalGenerationProvider() };
}
