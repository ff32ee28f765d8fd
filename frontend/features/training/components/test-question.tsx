'use client';
import { useState } from 'react';
import { FileText, Sparkles } from 'lucide-react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Input } from '@/components/ui/input';
import { ConfidenceBars } from '@/features/conversations/components/confidence-bars';
import { useTestQuestion } from '../hooks';

export function TestQuestion() {
  const [q, setQ] = useState('How long does shipping take to Canada?');
  const test = useTestQuestion();
  const r = test.data;
  return (
    <Card>
      <CardHeader><CardTitle>Test a question</CardTitle><CardDescription>See exactly what the AI would answer, from which sources, and how sure it is.</CardDescription></CardHeader>
      <CardContent className="space-y-4">
        <form className="flex gap-2" onSubmit={(e) => { e.preventDefault(); if (q.trim()) test.mutate({ query: q.trim(), topK: 5 }); }}>
          <Input value={q} onChange={(e) => setQ(e.target.value)} aria-label="Question to test" maxLength={2000} />
          <Button type="submit" loading={test.isPending}><Sparkles className="size-4" aria-hidden />Ask</Button>
        </form>
        {r && (
          <div className="space-y-4" data-testid="test-result" aria-live="polite">
            <div className="rounded-lg bg-accent p-3 text-sm text-accent-foreground">
              <div className="mb-1 flex items-center gap-2 text-xs font-medium">Answer {r.decision.action === 'handoff' ? <Badge tone="warning">Would hand off</Badge> : <Badge tone="success">Would answer</Badge>}</div>
              {r.answer}
            </div>
            <ConfidenceBars confidence={r.confidence} threshold={r.decision.threshold} />
            <div>
              <p className="mb-1 text-xs font-medium">Sources</p>
              {r.chunks.length === 0 ? <p className="text-sm text-muted-foreground">No matching content.</p> : (
                <ul className="space-y-2">
                  {r.chunks.map((c) => (
                    <li key={c.chunkId} className="rounded-md border p-2 text-xs">
                      <p className="flex items-center gap-1.5 font-medium"><FileText className="size-3.5" aria-hidden />{c.title}<span className="ml-auto tabular-nums text-muted-foreground">{Math.round(c.score * 100)}%</span></p>
                      <p className="mt-1 text-muted-foreground">{c.content}</p>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
      </CardContent>
    </Card>
  );
}
