import { create } from 'zustand';
import type { TConversationFilters } from '@/lib/types';

interface FiltersState extends TConversationFilters {
  set: (patch: Partial<TConversationFilters>) => void;
  reset: () => void;
}

const initial: TConversationFilters = { status: 'ALL', channel: 'ALL', range: 'all', q: '' };

// Not persisted: filters survive navigation between list and thread, not reloads.
export const useConversationFilters = create<FiltersState>()((set) => ({
  ...initial,
  set: (patch) => set(patch),
  reset: () => set(initial),
}));
