// Assigns each request an id (or keeps a sane incoming X-Request-Id), exposes it in the
// response, runs the rest of the request inside that context and logs the outcome.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import { logger } from '../logger.js';
import { requestContext } from '../request-context.js';

const SAFE_ID = /^[A-Za-z0-9_.:-]{8,100}$/;

export const requestId: RequestHandler = (req, res, next) => {
  const incoming = req.header('x-request-id');
  const id = incoming && SAFE_ID.test(incoming) ? incoming : randomUUID();
  res.setHeader('X-Request-Id', id);
  const started = process.hrtime.bigint();
  res.on('finish', () => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (req.path === '/healthz' || req.path === '/readyz') return;
    logger.http('request', { requestId: id, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 });
  });
  requestContext.run({ requestId: id }, () => next());
};
