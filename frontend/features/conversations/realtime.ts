'use client';
import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { io } from 'socket.io-client';
import { toast } from 'sonner';
import { NAMESPACES, type TServerToDashboard } from '@convix/shared/realtime';
import { API_URL, IS_MOCK } from '@/lib/config';
import { startMockFeed } from '@/lib/mock/live-feed';
import { onMockEvent, type DashboardEvent } from '@/lib/mock/realtime';
import { useStoreId } from '@/lib/stores/current-store';
import { useNotifications } from '@/lib/stores/notifications';
import { useSessionStore } from '@/lib/stores/session';
import { TRIGGER_LABEL } from '@/lib/labels';
import { conversationKeys } from './query-keys';

/** Subscribe to dashboard events: the mock feed in mock mode, socket.io `/dashboard` in live mode. */
function subscribe(storeId: string, onEvent: (e: DashboardEvent) => void): () => void {
  if (IS_MOCK) {
    const off = onMockEvent(onEvent);
    const stop = startMockFeed();
    return () => { off(); stop(); };
  }
  const token = useSessionStore.getState().accessToken ?? '';
  const socket = io(`${new URL(API_URL).origin}${NAMESPACES.dashboard}`, { auth: { token, storeId }, transports: ['websocket'] });
  const names: (keyof TServerToDashboard)[] = ['conversation:new', 'conversation:updated', 'message:new', 'handoff:triggered'];
  for (const event of names) socket.on(event as string, (payload: unknown) => onEvent({ event, payload } as DashboardEvent));
  return () => void socket.disconnect();
}

export function useConversationRealtime(enabled = true) {
  const storeId = useStoreId();
  const qc = useQueryClient();
  const push = useNotifications((s) => s.push);
  useEffect(() => {
    if (!enabled) return;
    return subscribe(storeId, (e) => {
      void qc.invalidateQueries({ queryKey: conversationKeys.lists(storeId) });
      if (e.event === 'message:new') void qc.invalidateQueries({ queryKey: conversationKeys.detail(storeId, e.payload.conversationId) });
      if (e.event === 'conversation:updated') void qc.invalidateQueries({ queryKey: conversationKeys.detail(storeId, e.payload.conversation.id) });
      if (e.event === 'handoff:triggered') {
        const name = e.payload.conversation.customer?.name ?? 'A customer';
        const href = `/dashboard/conversations/${e.payload.conversationId}`;
        push({ title: `Handoff: ${TRIGGER_LABEL[e.payload.handoff.trigger]}`, body: `${name} needs a human.`, href });
        toast.warning(`${name} needs a human`, { description: TRIGGER_LABEL[e.payload.handoff.trigger] });
      }
    });
  }, [enabled, storeId, qc, push]);
}
