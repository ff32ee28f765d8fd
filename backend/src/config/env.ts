// Parses the environment once at boot. Nothing else reads process.env.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());
const bool = z.preprocess(
  (v) => (typeof v === 'string' ? ['1', 'true', 'yes', 'on'].includes(v.toLowerCase()) : v),
  z.boolean(),
);

const DEV_JWT_SECRET = 'convix-dev-only-jwt-secret-change-me-0123456789';
// 32 bytes, base64. Only for embedded/dev mode; production must set its own.
const DEV_ENCRYPTION_KEY = 'Y29udml4LWRldi1vbmx5LWVuY3J5cHRpb24ta2V5ISE=';

export const ZEnv = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3001),
    HOST: z.string().default('0.0.0.0'),
    LOG_LEVEL: z.enum(['error', 'warn', 'info', 'http', 'debug', 'silly']).default('info'),
    LOG_FORMAT: z.enum(['json', 'pretty']).optional(),
    DATABASE_URL: optionalUrl,
    PGLITE_DATA_DIR: z.string().default('.data/pglite'),
    REDIS_URL: optionalUrl,
    RUN_WORKERS: z.enum(['inline', 'none']).default('inline'),
    APP_URL: z.url().default('http://localhost:3000'),
    API_URL: z.url().default('http://localhost:3001'),
    CORS_ORIGINS: z.string().default('http://localhost:3000,http://127.0.0.1:3000'),
    JWT_SECRET: z.string().min(32).default(DEV_JWT_SECRET),
    JWT_ISSUER: z.string().default('convix'),
    JWT_AUDIENCE: z.string().default('convix-dashboard'),
    ENCRYPTION_KEYS: z.string().default(`dev:${DEV_ENCRYPTION_KEY}`),
    ENCRYPTION_ACTIVE_KEY_ID: z.string().default('dev'),
    AI_PROVIDER: z.enum(['local', 'openai']).optional(),
    OPENAI_API_KEY: optionalString,
    OPENAI_BASE_URL: optionalUrl,
    OPENAI_CHAT_MODEL: z.string().default('gpt-4o'),
    OPENAI_EMBEDDING_MODEL: z.string().default('text-embedding-3-small'),
    EMBEDDING_DIMENSIONS: z.coerce.number().int().default(512),
    REPLY_WAIT_MS: z.coerce.number().int().min(0).max(60_000).default(10_000),
    DEBOUNCE_MS: z.coerce.number().int().min(0).max(10_000).default(1_500),
    SMTP_URL: optionalUrl,
    MAIL_FROM: z.string().default('Convix <no-reply@convix.local>'),
    TWILIO_API_BASE_URL: z.url().default('https://api.twilio.com'),
    META_GRAPH_BASE_URL: z.url().default('https://graph.facebook.com/v21.0'),
    // Helpdesk APIs; `{subdomain}`/`{domain}` are filled from the store's keys (tests point these at local servers).
    ZENDESK_BASE_URL: z.string().default('https://{subdomain}.zendesk.com'),
    GORGIAS_BASE_URL: z.string().default('https://{domain}.gorgias.com'),
    FRESHDESK_BASE_URL: z.string().default('https://{domain}.freshdesk.com'),
    SEED_DEMO: bool.default(true),
    TRUST_PROXY: bool.default(false),
    RATE_LIMIT_DISABLED: bool.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production') {
      if (env.JWT_SECRET === DEV_JWT_SECRET) {
        ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'set a real secret in production' });
      }
      if (env.ENCRYPTION_KEYS.includes(DEV_ENCRYPTION_KEY)) {
        ctx.addIssue({ code: 'custom', path: ['ENCRYPTION_KEYS'], message: 'set real keys in production' });
      }
    }
    if (env.AI_PROVIDER === 'openai' && !env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
      ctx.addIssue({ code: 'custom', path: ['OPENAI_API_KEY'], message: 'AI_PROVIDER=openai needs OPENAI_API_KEY or OPENAI_BASE_URL' });
    }
    const keyIds = env.ENCRYPTION_KEYS.split(',').map((k) => k.split(':')[0]);
    if (!keyIds.includes(env.ENCRYPTION_ACTIVE_KEY_ID)) {
      ctx.addIssue({ code: 'custom', path: ['ENCRYPTION_ACTIVE_KEY_ID'], message: 'must name a key in ENCRYPTION_KEYS' });
    }
  })
  .transform((env) => ({
    ...env,
    aiProvider: env.AI_PROVIDER ?? (env.OPENAI_API_KEY ? 'openai' : 'local'),
    dbMode: env.DATABASE_URL ? ('postgres' as const) : ('pglite' as const),
    queueMode: env.REDIS_URL ? ('bullmq' as const) : ('inline' as const),
    logFormat: env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty'),
    corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()).filter(Boolean),
  }));

export type Env = z.infer<typeof ZEnv>;

/** Parses a given environment (tests pass their own); throws a readable error listing every bad field. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = ZEnv.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return result.data;
}

function loadDotEnv(): void {
  // The repo root .env (if any) fills in what the real environment did not set.
  const candidates = [path.resolve(process.cwd(), '.env'), path.resolve(process.cwd(), '..', '.env')];
  for (const file of candidates) {
    if (existsSync(file)) {
      process.loadEnvFile(file);
      return;
    }
  }
}

let cached: Env | undefined;
export function getEnv(): Env {
  if (!cached) {
    loadDotEnv();
    cached = parseEnv(process.env);
  }
  return cached;
}
