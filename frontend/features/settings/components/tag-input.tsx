'use client';
import { useState } from 'react';
import { X } from 'lucide-react';
import { Input } from '@/components/ui/input';

export function TagInput({ id, value, onChange, placeholder, max = 50 }: { id?: string; value: string[]; onChange: (v: string[]) => void; placeholder?: string; max?: number }) {
  const [text, setText] = useState('');
  const add = () => {
    const t = text.trim().slice(0, 100);
    if (t && !value.includes(t) && value.length < max) onChange([...value, t]);
    setText('');
  };
  return (
    <div className="space-y-2">
      <ul className="flex flex-wrap gap-2" aria-label="Current topics">
        {value.map((t) => (
          <li key={t} className="flex items-center gap-1 rounded-full bg-red-500/10 py-1 pr-1 pl-3 text-sm text-red-800 dark:text-red-300">
            {t}<button type="button" onClick={() => onChange(value.filter((x) => x !== t))} aria-label={`Remove ${t}`} className="rounded-full p-0.5 hover:bg-red-500/20"><X className="size-3.5" /></button>
          </li>
        ))}
      </ul>
      <Input id={id} value={text} placeholder={placeholder} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter' || e.key === ',') { e.preventDefault(); add(); } }} onBlur={add} />
    </div>
  );
}
