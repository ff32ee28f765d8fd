// Winston logger: JSON in production, readable in development; every line carries the request
// id (from AsyncLocalStorage) and is scrubbed of secrets before it is written.
import winston from 'winston';
import { currentContext } from './request-context.js';
import { scrub } from './scrub.js';

const withContext = winston.format((info) => {
  const ctx = currentContext();
  if (ctx) {
    info.requestId ??= ctx.requestId;
    if (ctx.userId) info.userId ??= ctx.userId;
  }
  const { level, message, ...rest } = info;
  const clean = scrub(rest) as Record<string, unknown>;
  for (const key of Object.keys(rest)) delete (info as Record<string, unknown>)[key];
  Object.assign(info, clean, { level, message: typeof message === 'string' ? scrub(message) : message });
  return info;
});

const pretty = winston.format.printf(({ level, message, timestamp, requestId, ...rest }) => {
  const extra = Object.keys(rest).length ? ` ${JSON.stringify(rest)}` : '';
  const rid = requestId ? ` [${String(requestId).slice(0, 8)}]` : '';
  return `${timestamp} ${level}${rid} ${message}${extra}`;
});

export function createLogger(opts: { level: string; format: 'json' | 'pretty'; silent?: boolean }): winston.Logger {
  return winston.createLogger({
    level: opts.level,
    silent: opts.silent,
    format: winston.format.combine(
      withContext(),
      winston.format.timestamp(),
      winston.format.errors({ stack: true }),
      opts.format === 'json' ? winston.format.json() : winston.format.combine(winston.format.colorize(), pretty),
    ),
    transports: [new winston.transports.Console()],
  });
}

export type Logger = winston.Logger;

/** Process-wide logger; replaced at boot with the configured one. Tests may swap it. */
export let logger: Logger = createLogger({ level: 'info', format: 'pretty' });
export function setLogger(next: Logger): void {
  logger = next;
}
