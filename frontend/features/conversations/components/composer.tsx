'use client';
import { useState } from 'react';
import { Send, StickyNote } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Textarea } from '@/components/ui/input';
import { cn } from '@/lib/utils';
import { useAddNote, useReply, useTakeOver } from '../hooks';

/** Reply (visible to the customer) or internal note (team only). Replying requires taking over. */
export function Composer({ id, canReply, closed }: { id: string; canReply: boolean; closed: boolean }) {
  const [mode, setMode] = useState<'reply' | 'note'>('reply');
  const [text, setText] = useState('');
  const reply = useReply(id);
  const note = useAddNote(id);
  const takeOver = useTakeOver(id);
  const pending = reply.isPending || note.isPending;
  const blocked = mode === 'reply' && (!canReply || closed);

  function submit() {
    const content = text.trim();
    if (!content || blocked) return;
    (mode === 'reply' ? reply : note).mutate(content, { onSuccess: () => setText('') });
  }

  return (
    <div className="border-t bg-card p-3">
      <div className="mb-2 flex gap-1" role="tablist" aria-label="Composer mode">
        {(['reply', 'note'] as const).map((m) => (
          <button
            key={m} role="tab" aria-selected={mode === m} onClick={() => setMode(m)}
            className={cn('rounded-md px-3 py-1 text-sm font-medium', mode === m ? 'bg-muted text-foreground' : 'text-muted-foreground hover:text-foreground')}
          >
            {m === 'reply' ? 'Reply' : 'Internal note'}
          </button>
        ))}
      </div>
      {blocked ? (
        <div className="flex flex-wrap items-center justify-between gap-2 rounded-lg border border-dashed p-3 text-sm text-muted-foreground">
          {closed ? 'This conversation is resolved.' : 'The AI is handling this conversation. Take over to reply yourself.'}
          {!closed && <Button size="sm" onClick={() => takeOver.mutate()} loading={takeOver.isPending}>Take over</Button>}
        </div>
      ) : (
        <form onSubmit={(e) => { e.preventDefault(); submit(); }} className="flex items-end gap-2">
          <Textarea
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => { if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(); }}
            placeholder={mode === 'reply' ? 'Write a reply… (⌘/Ctrl + Enter to send)' : 'Add a note only your team can see…'}
            aria-label={mode === 'reply' ? 'Reply message' : 'Internal note'}
            className={cn('min-h-16 resize-none', mode === 'note' && 'bg-amber-500/5')}
            maxLength={5000}
          />
          <Button type="submit" loading={pending} disabled={!text.trim()} aria-label={mode === 'reply' ? 'Send reply' : 'Add note'}>
            {mode === 'reply' ? <Send className="size-4" aria-hidden /> : <StickyNote className="size-4" aria-hidden />}
            <span className="hidden sm:inline">{mode === 'reply' ? 'Send' : 'Add note'}</span>
          </Button>
        </form>
      )}
    </div>
  );
}
