'use client';
import { useEffect, useSyncExternalStore } from 'react';
import { useCurrentStore } from './current-store';
import { useOnboarding } from './onboarding';
import { useSessionStore } from './session';

/**
 * Persisted stores skip automatic hydration so the first client render matches the server HTML;
 * they rehydrate from localStorage right after mount.
 */
export function StoreHydrator() {
  useEffect(() => {
    void useSessionStore.persist.rehydrate();
    void useCurrentStore.persist.rehydrate();
    void useOnboarding.persist.rehydrate();
  }, []);
  return null;
}

/** False on the server and the first client render; true once localStorage progress is loaded. */
export function useOnboardingHydrated() {
  return useSyncExternalStore(
    (cb) => useOnboarding.persist.onFinishHydration(cb),
    () => useOnboarding.persist.hasHydrated(),
    () => false,
  );
}
