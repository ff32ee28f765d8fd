'use client';
import { useState } from 'react';
import { Plus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Input, Label } from '@/components/ui/input';

export function QuickRepliesEditor({ value, onChange }: { value: string[]; onChange: (v: string[]) => void }) {
  const [text, setText] = useState('');
  const full = value.length >= 6;
  function add() {
    const t = text.trim().slice(0, 60);
    if (!t || full || value.includes(t)) return;
    onChange([...value, t]);
    setText('');
  }
  return (
    <div className="space-y-2">
      <Label htmlFor="qr-input">Quick replies <span className="font-normal text-muted-foreground">({value.length}/6)</span></Label>
      <ul className="flex flex-wrap gap-2">
        {value.map((q) => (
          <li key={q} className="flex items-center gap-1 rounded-full border bg-muted py-1 pr-1 pl-3 text-sm">
            {q}
            <button onClick={() => onChange(value.filter((x) => x !== q))} aria-label={`Remove ${q}`} className="rounded-full p-0.5 hover:bg-card"><X className="size-3.5" /></button>
          </li>
        ))}
      </ul>
      <div className="flex gap-2">
        <Input id="qr-input" value={text} maxLength={60} disabled={full} placeholder={full ? 'Maximum of 6 reached' : 'e.g. Size guide'} onChange={(e) => setText(e.target.value)} onKeyDown={(e) => { if (e.key === 'Enter') { e.preventDefault(); add(); } }} />
        <Button type="button" variant="secondary" onClick={add} disabled={full || !text.trim()}><Plus className="size-4" aria-hidden />Add</Button>
      </div>
    </div>
  );
}
