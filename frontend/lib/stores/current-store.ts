import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { DEMO_STORE_ID } from '@/lib/mock/ids';

interface CurrentStoreState {
  storeId: string;
  setStoreId: (id: string) => void;
}

export const useCurrentStore = create<CurrentStoreState>()(
  persist(
    (set) => ({ storeId: DEMO_STORE_ID, setStoreId: (storeId) => set({ storeId }) }),
    { name: 'convix-store', storage: createJSONStorage(() => localStorage), skipHydration: true },
  ),
);

export const useStoreId = () => useCurrentStore((s) => s.storeId);
