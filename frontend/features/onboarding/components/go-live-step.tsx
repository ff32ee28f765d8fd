'use client';
import { useRouter } from 'next/navigation';
import { CheckCircle2, Circle } from 'lucide-react';
import { toast } from 'sonner';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { useTrainingDocs } from '@/features/training/hooks';
import { EmbedSnippet } from '@/features/widget/components/embed-snippet';
import { useOnboardingHydrated } from '@/lib/stores/hydrate';
import { useOnboarding } from '@/lib/stores/onboarding';
import { useStoreId } from '@/lib/stores/current-store';
import { StepShell } from './step-shell';

export function GoLiveStep() {
  const hydrated = useOnboardingHydrated();
  const { completed, storeName, channels, launch } = useOnboarding();
  const docs = useTrainingDocs();
  const storeId = useStoreId();
  const router = useRouter();
  const done = hydrated ? completed : [];
  const ready = docs.data?.filter((d) => d.status === 'READY').length ?? 0;
  const checklist: [string, boolean][] = [
    [`Store connected${storeName ? ` (${storeName})` : ''}`, done.includes('connect-store')],
    [`AI trained on ${ready} source${ready === 1 ? '' : 's'}`, done.includes('train-ai') && ready > 0],
    ['Widget customized', done.includes('customize')],
    [`${channels.length} channel${channels.length === 1 ? '' : 's'} selected`, done.includes('channels')],
    ['Snippet installed on your site', false],
  ];
  return (
    <StepShell
      step="go-live"
      continueLabel="Go live"
      onContinue={() => {
        launch();
        toast.success('You’re live! Your AI agent is answering customers.');
        router.push('/dashboard');
        return false; // navigation handled here
      }}
    >
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader><CardTitle>Install the widget</CardTitle></CardHeader>
          <CardContent className="space-y-3"><p className="text-sm text-muted-foreground">Add this snippet to every page, just before the closing body tag. Shopify: Online Store → Themes → Edit code → theme.liquid.</p><EmbedSnippet storeId={storeId} /></CardContent>
        </Card>
        <Card>
          <CardHeader><CardTitle>Launch checklist</CardTitle></CardHeader>
          <CardContent>
            <ul className="space-y-3" data-testid="go-live-checklist">
              {checklist.map(([label, ok]) => (
                <li key={label} className="flex items-center gap-3 text-sm">
                  {ok ? <CheckCircle2 className="size-5 text-success" aria-label="Done" /> : <Circle className="size-5 text-muted-foreground" aria-label="To do" />}
                  <span className={ok ? '' : 'text-muted-foreground'}>{label}</span>
                </li>
              ))}
            </ul>
            <p className="mt-4 text-xs text-muted-foreground">We detect the snippet automatically once your site loads it.</p>
          </CardContent>
        </Card>
      </div>
    </StepShell>
  );
}
