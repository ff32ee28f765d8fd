// The one error middleware: every error becomes `{ error: { code, message, details? } }`;
// 500s never leak internals (the log has them, tagged with the request id).
import type { ErrorRequestHandler, RequestHandler } from 'express';
import { AppError } from '../app-error.js';
import { currentContext } from '../request-context.js';
import { logger } from '../logger.js';

function fromKnown(err: unknown): AppError | null {
  if (err instanceof AppError) return err;
  const e = err as { type?: string; status?: number; code?: string; meta?: Record<string, unknown> };
  if (e?.type === 'entity.too.large') return new AppError('PAYLOAD_TOO_LARGE', 'Request body is too large (limit 1 MB)');
  if (e?.type === 'entity.parse.failed') return new AppError('INVALID_JSON', 'Request body is not valid JSON');
  if (e?.type === 'encoding.unsupported' || e?.type === 'charset.unsupported') {
    return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Unsupported body encoding');
  }
  // Prisma: unique violation / record missing.
  if (e?.code === 'P2002') return new AppError('CONFLICT', 'A record with these values already exists', { fields: e.meta?.target });
  if (e?.code === 'P2025') return AppError.notFound();
  if (e?.code === 'P2003') return new AppError('UNPROCESSABLE', 'A referenced record does not exist');
  return null;
}

export const errorHandler: ErrorRequestHandler = (err, req, res, _next) => {
  const known = fromKnown(err);
  if (known) {
    if (known.status >= 500) logger.error('request failed', { err, method: req.method, path: req.path });
    else logger.debug('request rejected', { code: known.code, method: req.method, path: req.path });
    if (known.headers) res.set(known.headers);
    res.status(known.status).json({
      error: { code: known.code, message: known.message, ...(known.details !== undefined ? { details: known.details } : {}) },
    });
    return;
  }
  logger.error('unhandled error', { err, method: req.method, path: req.path });
  res.status(500).json({
    error: { code: 'INTERNAL', message: 'Something went wrong on our side', details: { requestId: currentContext()?.requestId } },
  });
};

export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(new AppError('NOT_FOUND', `No route for ${req.method} ${req.path}`));
};
