import { ZErrorBody, type TErrorCode } from '@convix/shared/errors';
import { API_URL, IS_MOCK } from './config';
import { useSessionStore } from './stores/session';
import { sleep } from './utils';

export class ApiError extends Error {
  constructor(public code: TErrorCode, message: string, public status: number, public details?: unknown) {
    super(message);
    this.name = 'ApiError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Query = Record<string, string | number | boolean | undefined | null>;
export interface Endpoint { method: Method; path: string; query?: Query; body?: unknown }

function qs(query?: Query) {
  if (!query) return '';
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') p.set(k, String(v));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Live path: fetch + Bearer token. Token refresh and socket wiring come with the live-API issue. */
export async function http<T>({ method, path, query, body }: Endpoint): Promise<T> {
  const token = useSessionStore.getState().accessToken;
  const isForm = typeof FormData !== 'undefined' && body instanceof FormData;
  const res = await fetch(`${API_URL}${path}${qs(query)}`, {
    method,
    credentials: 'include',
    headers: {
      Accept: 'application/json',
      ...(body !== undefined && !isForm ? { 'Content-Type': 'application/json' } : {}),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: body === undefined ? undefined : isForm ? (body as FormData) : JSON.stringify(body),
  });
  if (res.status === 204) return undefined as T;
  const json: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = ZErrorBody.safeParse(json);
    if (parsed.success) throw new ApiError(parsed.data.error.code, parsed.data.error.message, res.status, parsed.data.error.details);
    throw new ApiError('INTERNAL', `Request failed (${res.status})`, res.status);
  }
  return json as T;
}

/**
 * Every feature API function goes through here: in mock mode the mock resolver runs after a
 * short, realistic delay (so skeletons are exercised); in live mode the same endpoint is fetched.
 */
export async function call<T>(endpoint: Endpoint, mock: () => T | Promise<T>): Promise<T> {
  if (!IS_MOCK) return http<T>(endpoint);
  await sleep(120 + Math.random() * 180);
  // Structured clone so callers can never mutate the mock database by accident.
  return structuredClone(await mock());
}
