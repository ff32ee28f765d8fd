'use client';
import { RefreshCw } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Card, CardContent } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { AddSourceDialog } from '@/features/training/components/add-source-dialog';
import { DocsTable } from '@/features/training/components/docs-table';
import { TestQuestion } from '@/features/training/components/test-question';
import { useRetrain } from '@/features/training/hooks';

export default function TrainingPage() {
  const retrain = useRetrain();
  return (
    <>
      <PageHeader
        title="Training"
        description="Everything the AI knows about your store. It only answers from these sources."
        actions={<><Button variant="secondary" onClick={() => retrain.mutate(undefined)} loading={retrain.isPending}><RefreshCw className="size-4" aria-hidden />Retrain all</Button><AddSourceDialog /></>}
      />
      <div className="grid gap-6 xl:grid-cols-[1fr_24rem]">
        <Card><CardContent className="p-2"><DocsTable /></CardContent></Card>
        <TestQuestion />
      </div>
    </>
  );
}
