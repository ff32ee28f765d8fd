'use client';
import { useId } from 'react';
import { Input, Label } from '@/components/ui/input';

const HEX = /^#[0-9a-fA-F]{6}$/;

export function ColorField({ label, value, onChange, testId }: { label: string; value: string; onChange: (v: string) => void; testId?: string }) {
  const id = useId();
  return (
    <div className="space-y-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex items-center gap-2">
        <input type="color" aria-label={`${label} picker`} value={value} onChange={(e) => onChange(e.target.value)} className="size-10 cursor-pointer rounded-lg border bg-card p-1" />
        <Input
          id={id}
          defaultValue={value}
          key={value}
          data-testid={testId}
          onBlur={(e) => HEX.test(e.target.value) && onChange(e.target.value.toLowerCase())}
          onKeyDown={(e) => { if (e.key === 'Enter' && HEX.test(e.currentTarget.value)) onChange(e.currentTarget.value.toLowerCase()); }}
          onChange={(e) => HEX.test(e.target.value) && onChange(e.target.value.toLowerCase())}
          className="font-mono uppercase"
          maxLength={7}
          aria-describedby={`${id}-h`}
        />
      </div>
      <p id={`${id}-h`} className="sr-only">Hex colour such as #4f46e5</p>
    </div>
  );
}
