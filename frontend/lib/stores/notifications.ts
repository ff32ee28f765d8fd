import { create } from 'zustand';
import type { TNotification } from '@/lib/types';

interface NotificationsState {
  items: TNotification[];
  push: (n: Omit<TNotification, 'id' | 'createdAt' | 'read'>) => void;
  markAllRead: () => void;
}

export const useNotifications = create<NotificationsState>()((set) => ({
  items: [],
  push: (n) =>
    set((s) => ({
      items: [{ ...n, id: crypto.randomUUID(), createdAt: new Date().toISOString(), read: false }, ...s.items].slice(0, 30),
    })),
  markAllRead: () => set((s) => ({ items: s.items.map((i) => ({ ...i, read: true })) })),
}));
