// Mock stand-in for the socket.io `/dashboard` namespace: same event names and payload types.
import type { TServerToDashboard } from '@convix/shared/realtime';

export type DashboardEvent = { [K in keyof TServerToDashboard]: { event: K; payload: TServerToDashboard[K] } }[keyof TServerToDashboard];
type Listener = (e: DashboardEvent) => void;

const listeners = new Set<Listener>();

export function onMockEvent(l: Listener) {
  listeners.add(l);
  return () => void listeners.delete(l);
}

export function emit<K extends keyof TServerToDashboard>(event: K, payload: TServerToDashboard[K]) {
  // Payloads are cloned: subscribers must not hold references into the mock database.
  const e = { event, payload: structuredClone(payload) } as DashboardEvent;
  for (const l of listeners) l(e);
}
