import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { TChannelType, TPlatform } from '@convix/shared/contracts';
import { ONBOARDING_STEPS, type TOnboardingStep } from '@/lib/types';

interface OnboardingState {
  completed: TOnboardingStep[];
  platform: TPlatform | null;
  storeName: string;
  storeDomain: string;
  channels: TChannelType[];
  launched: boolean;
  complete: (step: TOnboardingStep) => void;
  setStore: (p: { platform: TPlatform; storeName: string; storeDomain: string }) => void;
  toggleChannel: (c: TChannelType) => void;
  launch: () => void;
  reset: () => void;
}

const initial = { completed: [] as TOnboardingStep[], platform: null, storeName: '', storeDomain: '', channels: ['WIDGET'] as TChannelType[], launched: false };

export const useOnboarding = create<OnboardingState>()(
  persist(
    (set) => ({
      ...initial,
      complete: (step) => set((s) => ({ completed: s.completed.includes(step) ? s.completed : [...s.completed, step] })),
      setStore: (p) => set(p),
      toggleChannel: (c) => set((s) => ({ channels: s.channels.includes(c) ? s.channels.filter((x) => x !== c) : [...s.channels, c] })),
      launch: () => set({ launched: true, completed: [...ONBOARDING_STEPS] }),
      reset: () => set(initial),
    }),
    { name: 'convix-onboarding', storage: createJSONStorage(() => localStorage), skipHydration: true },
  ),
);
