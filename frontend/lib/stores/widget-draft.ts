import { create } from 'zustand';
import type { TWidgetConfig } from '@convix/shared/contracts';
import { DEFAULT_WIDGET_CONFIG } from '@/lib/widget-defaults';

interface WidgetDraftState {
  draft: TWidgetConfig;
  /** The last saved config, to compute "unsaved changes". */
  saved: TWidgetConfig | null;
  load: (cfg: TWidgetConfig) => void;
  update: (patch: Partial<TWidgetConfig>) => void;
  markSaved: () => void;
  discard: () => void;
}

export const useWidgetDraft = create<WidgetDraftState>()((set, get) => ({
  draft: DEFAULT_WIDGET_CONFIG,
  saved: null,
  load: (cfg) => set({ draft: cfg, saved: cfg }),
  update: (patch) => set({ draft: { ...get().draft, ...patch } }),
  markSaved: () => set({ saved: get().draft }),
  discard: () => set({ draft: get().saved ?? DEFAULT_WIDGET_CONFIG }),
}));

export const useWidgetDirty = () =>
  useWidgetDraft((s) => s.saved !== null && JSON.stringify(s.saved) !== JSON.stringify(s.draft));
