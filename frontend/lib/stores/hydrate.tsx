'use client';
import { useEffect } from 'react';
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

export function useHasHydrated() {
  // Onboarding is the store whose UI depends on persisted progress.
  return useOnboarding.persist.hasHydrated();
}
