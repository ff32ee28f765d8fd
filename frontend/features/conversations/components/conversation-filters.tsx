'use client';
import { useEffect, useState } from 'react';
import { Search, X } from 'lucide-react';
import { ZChannelType, ZConvStatus } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Input, NativeSelect } from '@/components/ui/input';
import { CHANNEL_LABEL, STATUS_LABEL } from '@/lib/labels';
import { useConversationFilters } from '@/lib/stores/conversation-filters';
import type { TConversationFilters } from '@/lib/types';

const RANGES: [TConversationFilters['range'], string][] = [['all', 'Any time'], ['24h', 'Last 24 hours'], ['7d', 'Last 7 days'], ['30d', 'Last 30 days']];

export function ConversationFilters() {
  const f = useConversationFilters();
  const [q, setQ] = useState(f.q);
  // Debounce typing so the list doesn't refetch on every keystroke.
  useEffect(() => {
    const t = setTimeout(() => useConversationFilters.getState().set({ q }), 250);
    return () => clearTimeout(t);
  }, [q]);
  const dirty = f.status !== 'ALL' || f.channel !== 'ALL' || f.range !== 'all' || f.q !== '';
  return (
    <div className="flex flex-wrap items-center gap-2" role="search" aria-label="Filter conversations">
      <div className="relative min-w-56 flex-1">
        <Search className="pointer-events-none absolute top-1/2 left-3 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
        <Input value={q} onChange={(e) => setQ(e.target.value)} placeholder="Search name, email or message" aria-label="Search conversations" className="pl-9" />
      </div>
      <NativeSelect aria-label="Status" value={f.status} onChange={(e) => f.set({ status: e.target.value as TConversationFilters['status'] })} className="w-auto">
        <option value="ALL">All statuses</option>
        {ZConvStatus.options.map((s) => <option key={s} value={s}>{STATUS_LABEL[s]}</option>)}
      </NativeSelect>
      <NativeSelect aria-label="Channel" value={f.channel} onChange={(e) => f.set({ channel: e.target.value as TConversationFilters['channel'] })} className="w-auto">
        <option value="ALL">All channels</option>
        {ZChannelType.options.map((c) => <option key={c} value={c}>{CHANNEL_LABEL[c]}</option>)}
      </NativeSelect>
      <NativeSelect aria-label="Date" value={f.range} onChange={(e) => f.set({ range: e.target.value as TConversationFilters['range'] })} className="w-auto">
        {RANGES.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </NativeSelect>
      {dirty && (
        <Button variant="ghost" size="sm" onClick={() => { setQ(''); f.reset(); }}>
          <X className="size-4" aria-hidden /> Clear
        </Button>
      )}
    </div>
  );
}
