'use client';
import { Card, CardContent } from '@/components/ui/card';
import { AddSourceDialog } from '@/features/training/components/add-source-dialog';
import { DocsTable } from '@/features/training/components/docs-table';
import { TestQuestion } from '@/features/training/components/test-question';
import { StepShell } from './step-shell';

export function TrainAiStep() {
  return (
    <StepShell step="train-ai">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p className="text-sm text-muted-foreground">Start with your shipping and returns policies — they cover most questions.</p>
        <AddSourceDialog label="Add FAQ, policy, URL or file" />
      </div>
      <div className="grid gap-6 xl:grid-cols-[1fr_22rem]">
        <Card><CardContent className="p-2"><DocsTable compact /></CardContent></Card>
        <TestQuestion />
      </div>
    </StepShell>
  );
}
