// The one application error type. Services throw it; the error middleware renders it.
import { ERROR_STATUS, type TErrorCode, type TFieldError } from '@convix/shared/errors';
import type { ZodError } from 'zod';

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: TErrorCode,
    message: string,
    readonly details?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }

  static notFound(what = 'Resource'): AppError {
    return new AppError('NOT_FOUND', `${what} not found`);
  }

  static forbidden(message = 'You do not have permission to do this'): AppError {
    return new AppError('FORBIDDEN', message);
  }

  static unauthenticated(message = 'Sign in to continue'): AppError {
    return new AppError('UNAUTHENTICATED', message);
  }

  static validation(error: ZodError, where: 'body' | 'query' | 'params' = 'body'): AppError {
    return new AppError('VALIDATION_FAILED', `Invalid request ${where}`, fieldErrors(error, where));
  }
}

/** Zod issues → `[{ path: 'body.settings.threshold', message, code }]`. */
export function fieldErrors(error: ZodError, prefix?: string): TFieldError[] {
  return error.issues.map((issue) => {
    const parts = issue.path.map(String);
    if (issue.code === 'unrecognized_keys') {
      return { path: [prefix, ...parts, ...issue.keys.slice(0, 1)].filter(Boolean).join('.'), message: `Unknown field(s): ${issue.keys.join(', ')}`, code: issue.code };
    }
    return { path: [prefix, ...parts].filter(Boolean).join('.') || (prefix ?? ''), message: issue.message, code: issue.code };
  });
}
