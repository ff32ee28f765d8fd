import { IS_MOCK } from '@/lib/config';
import { useSessionStore } from '@/lib/stores/session';
import { DEMO_USER_ID } from './ids';

/** The agent id actions are attributed to: the demo owner in mock mode, the signed-in user live. */
export const getDbUserId = () => (IS_MOCK ? DEMO_USER_ID : useSessionStore.getState().user?.id ?? null);
