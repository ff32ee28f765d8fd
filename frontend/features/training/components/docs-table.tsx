'use client';
import { BookOpen, RefreshCw, Trash2 } from 'lucide-react';
import type { TTrainingDoc } from '@convix/shared/contracts';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Progress } from '@/components/ui/progress';
import { LoadingRegion, Skeleton } from '@/components/ui/skeleton';
import { EmptyState, ErrorState } from '@/components/ui/states';
import { fmtRelative, titleCase } from '@/lib/format';
import { DOC_STATUS_TONE, DOC_TYPE_LABEL } from '@/lib/labels';
import { useNow } from '@/lib/use-now';
import { useDeleteDoc, useRetrain, useTrainingDocs } from '../hooks';
import { EditDocDialog } from './edit-doc-dialog';

function StatusCell({ d }: { d: TTrainingDoc }) {
  return (
    <div className="min-w-32 space-y-1">
      <Badge tone={DOC_STATUS_TONE[d.status]}>{titleCase(d.status)}{d.status === 'PROCESSING' ? ` ${d.progress}%` : ''}</Badge>
      {(d.status === 'PROCESSING' || d.status === 'PENDING') && <Progress value={d.progress} label={`${d.title} processing`} />}
      {d.error && <p className="max-w-56 text-xs text-danger">{d.error}</p>}
    </div>
  );
}

export function DocsTable({ compact }: { compact?: boolean }) {
  const { data, isLoading, error, refetch } = useTrainingDocs();
  const del = useDeleteDoc();
  const retrain = useRetrain();
  const now = useNow();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (isLoading || !data) return <LoadingRegion label="Loading documents" className="space-y-2">{Array.from({ length: 6 }, (_, i) => <Skeleton key={i} className="h-12" />)}</LoadingRegion>;
  if (!data.length) return <EmptyState icon={BookOpen} title="No training sources yet" description="Add your FAQ, policies or a URL so the AI can answer from them." />;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="docs-table">
        <thead className="text-left text-xs text-muted-foreground">
          <tr><th scope="col" className="px-3 py-2 font-medium">Source</th><th scope="col" className="px-3 py-2 font-medium">Type</th><th scope="col" className="px-3 py-2 font-medium">Status</th>{!compact && <><th scope="col" className="px-3 py-2 text-right font-medium">Chunks</th><th scope="col" className="px-3 py-2 font-medium">Updated</th></>}<th scope="col" className="px-3 py-2"><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.id} className="border-t align-top" data-testid="doc-row">
              <td className="px-3 py-3"><p className="font-medium">{d.title}</p><p className="max-w-xs truncate text-xs text-muted-foreground">{d.sourceUrl ?? d.fileName ?? d.content.slice(0, 80)}</p></td>
              <td className="px-3 py-3"><Badge tone="brand">{DOC_TYPE_LABEL[d.type]}</Badge></td>
              <td className="px-3 py-3"><StatusCell d={d} /></td>
              {!compact && <><td className="px-3 py-3 text-right tabular-nums">{d.chunkCount}</td><td className="px-3 py-3 whitespace-nowrap text-muted-foreground">{now ? fmtRelative(d.updatedAt, now) : ''}</td></>}
              <td className="px-3 py-2">
                <div className="flex justify-end gap-1">
                  {!compact && <EditDocDialog doc={d} />}
                  {!compact && <Button variant="ghost" size="icon" aria-label={`Retrain ${d.title}`} onClick={() => retrain.mutate([d.id])}><RefreshCw className="size-4" /></Button>}
                  <Button variant="ghost" size="icon" aria-label={`Delete ${d.title}`} onClick={() => del.mutate(d.id)}><Trash2 className="size-4 text-danger" /></Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
