'use client';
import { useState } from 'react';
import { Bot, ChevronDown, StickyNote } from 'lucide-react';
import type { TMessage } from '@convix/shared/contracts';
import { fmtTime } from '@/lib/format';
import { decisionOf } from '@/lib/types';
import { cn } from '@/lib/utils';
import { DecisionRecord } from './decision-record';

export function MessageBubble({ m }: { m: TMessage }) {
  const [open, setOpen] = useState(false);
  const time = <time dateTime={m.createdAt} suppressHydrationWarning>{fmtTime(m.createdAt)}</time>;

  if (m.role === 'SYSTEM') {
    return <li className="py-1 text-center text-xs text-muted-foreground" data-role="SYSTEM">{m.content} · {time}</li>;
  }
  if (m.isInternal) {
    return (
      <li className="mx-auto w-full max-w-xl rounded-lg border border-amber-500/40 bg-amber-500/10 p-3 text-sm" data-role="NOTE">
        <p className="mb-1 flex items-center gap-1.5 text-xs font-medium text-amber-800 dark:text-amber-300"><StickyNote className="size-3.5" aria-hidden />Internal note · {m.authorName} · {time}</p>
        <p className="whitespace-pre-wrap">{m.content}</p>
      </li>
    );
  }
  const mine = m.role !== 'CUSTOMER';
  const decision = decisionOf(m);
  return (
    <li className={cn('flex flex-col gap-1', mine ? 'items-end' : 'items-start')} data-role={m.role}>
      <span className="flex items-center gap-1 px-1 text-xs text-muted-foreground">
        {m.role === 'AI' && <Bot className="size-3.5 text-brand" aria-hidden />}
        {m.role === 'AI' ? `${m.authorName ?? 'AI'} (AI)` : m.authorName ?? 'Customer'} · {time}
      </span>
      <div
        className={cn(
          'max-w-[85%] rounded-2xl px-4 py-2 text-sm whitespace-pre-wrap sm:max-w-[70%]',
          m.role === 'CUSTOMER' && 'rounded-tl-sm bg-muted',
          m.role === 'AI' && 'rounded-tr-sm bg-accent text-accent-foreground',
          m.role === 'AGENT' && 'rounded-tr-sm bg-primary text-primary-foreground',
        )}
      >
        {m.content}
      </div>
      {decision && (
        <div className="w-full max-w-[85%] sm:max-w-[70%]">
          <button
            onClick={() => setOpen((o) => !o)}
            aria-expanded={open}
            className="ml-auto flex items-center gap-1 rounded px-1 text-xs font-medium text-brand hover:underline"
            data-testid="decision-toggle"
          >
            Why this reply? {Math.round(decision.confidence.composite * 100)}% confidence
            <ChevronDown className={cn('size-3.5 transition-transform', open && 'rotate-180')} aria-hidden />
          </button>
          {open && <div className="mt-1"><DecisionRecord d={decision} /></div>}
        </div>
      )}
    </li>
  );
}
