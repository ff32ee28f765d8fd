import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { TUser } from '@convix/shared/contracts';

interface SessionState {
  user: TUser | null;
  accessToken: string | null;
  accessTokenExpiresAt: string | null;
  signIn: (s: { user: TUser; accessToken: string; accessTokenExpiresAt: string }) => void;
  signOut: () => void;
}

// Only the short-lived access token is kept client-side; the refresh token is an httpOnly cookie.
export const useSessionStore = create<SessionState>()(
  persist(
    (set) => ({
      user: null,
      accessToken: null,
      accessTokenExpiresAt: null,
      signIn: ({ user, accessToken, accessTokenExpiresAt }) => set({ user, accessToken, accessTokenExpiresAt }),
      signOut: () => set({ user: null, accessToken: null, accessTokenExpiresAt: null }),
    }),
    { name: 'convix-session', storage: createJSONStorage(() => localStorage), skipHydration: true },
  ),
);
