'use client';
import { useSyncExternalStore } from 'react';

// A coarse shared clock: null during SSR/hydration (so relative times never mismatch), then ticks every 30s.
let now = 0;
const subs = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(cb: () => void) {
  subs.add(cb);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => { now = Date.now(); subs.forEach((s) => s()); }, 30_000);
  }
  return () => {
    subs.delete(cb);
    if (!subs.size && timer) { clearInterval(timer); timer = null; }
  };
}

export function useNow(): number | null {
  return useSyncExternalStore(subscribe, () => (now ||= Date.now()), () => null);
}
