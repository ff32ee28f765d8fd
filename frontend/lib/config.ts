// One switch for the whole data layer: mock (default) or live.
export const DATA_MODE: 'mock' | 'live' = process.env.NEXT_PUBLIC_DATA_MODE === 'live' ? 'live' : 'mock';
export const API_URL = process.env.NEXT_PUBLIC_API_URL ?? 'http://localhost:3001/v1';
export const IS_MOCK = DATA_MODE === 'mock';
