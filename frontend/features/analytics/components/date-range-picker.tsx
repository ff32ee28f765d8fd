'use client';
import { CalendarRange } from 'lucide-react';
import { Input } from '@/components/ui/input';
import type { TDateRange, TDateRangePreset } from '@/lib/types';
import { cn } from '@/lib/utils';

const PRESETS: [Exclude<TDateRangePreset, 'custom'>, string, number][] = [['7d', '7 days', 7], ['30d', '30 days', 30], ['90d', '90 days', 90]];
const day = (d: Date) => d.toISOString().slice(0, 10);

export function presetRange(preset: Exclude<TDateRangePreset, 'custom'>, now: number): TDateRange {
  const days = PRESETS.find((p) => p[0] === preset)![2];
  return { preset, from: day(new Date(now - (days - 1) * 86_400_000)), to: day(new Date(now)) };
}

export function DateRangePicker({ value, onChange, now }: { value: TDateRange; onChange: (r: TDateRange) => void; now: number }) {
  const today = day(new Date(now));
  const min = day(new Date(now - 179 * 86_400_000));
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="inline-flex rounded-lg border bg-card p-0.5" role="group" aria-label="Date range">
        {PRESETS.map(([p, label]) => (
          <button
            key={p}
            onClick={() => onChange(presetRange(p, now))}
            aria-pressed={value.preset === p}
            className={cn('rounded-md px-3 py-1.5 text-sm font-medium', value.preset === p ? 'bg-primary text-primary-foreground' : 'text-muted-foreground hover:text-foreground')}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="flex items-center gap-1.5">
        <CalendarRange className="size-4 text-muted-foreground" aria-hidden />
        <Input type="date" aria-label="From date" className="h-9 w-auto" min={min} max={value.to} value={value.from} onChange={(e) => e.target.value && onChange({ preset: 'custom', from: e.target.value, to: value.to })} />
        <span className="text-muted-foreground" aria-hidden>–</span>
        <Input type="date" aria-label="To date" className="h-9 w-auto" min={value.from} max={today} value={value.to} onChange={(e) => e.target.value && onChange({ preset: 'custom', from: value.from, to: e.target.value })} />
      </div>
    </div>
  );
}
