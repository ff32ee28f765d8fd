'use client';
import Link from 'next/link';
import { ArrowLeft, PlugZap, Trash2 } from 'lucide-react';
import type { TChannelType } from '@convix/shared/contracts';
import { ChannelIcon } from '@/components/channel-icon';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { CopyButton } from '@/components/ui/copy-button';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { Switch } from '@/components/ui/switch';
import { EmbedSnippet } from '@/features/widget/components/embed-snippet';
import { CHANNEL_LABEL } from '@/lib/labels';
import { useStoreId } from '@/lib/stores/current-store';
import { SETUP_STEPS } from '../fields';
import { useChannels, useDeleteChannel, useTestChannel, useUpdateChannel } from '../hooks';
import { ChannelForm } from './channel-form';
import { ChannelStatus } from './channel-status';

export function ChannelSetup({ type }: { type: TChannelType }) {
  const { data, isLoading, error, refetch } = useChannels();
  const storeId = useStoreId();
  const test = useTestChannel();
  const update = useUpdateChannel();
  const remove = useDeleteChannel();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  const ch = data?.find((c) => c.type === type);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center gap-3">
        <Button asChild variant="ghost" size="icon" aria-label="Back to channels"><Link href="/dashboard/channels"><ArrowLeft className="size-4" /></Link></Button>
        <div className="rounded-lg bg-muted p-2.5"><ChannelIcon channel={type} className="size-5" /></div>
        <h1 className="text-2xl font-semibold tracking-tight">{CHANNEL_LABEL[type]}</h1>
        {!isLoading && <ChannelStatus ch={ch} />}
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_20rem]">
        <div className="space-y-6">
          {isLoading ? <Skeleton className="h-72" /> : type === 'WIDGET' ? (
            <Card>
              <CardHeader><CardTitle>Install the widget</CardTitle><CardDescription>Add one line to your site. Appearance is set in the widget customizer.</CardDescription></CardHeader>
              <CardContent className="space-y-4"><EmbedSnippet storeId={storeId} /><Button asChild variant="secondary"><Link href="/dashboard/widget">Customize appearance</Link></Button></CardContent>
            </Card>
          ) : (
            <Card>
              <CardHeader><CardTitle>{ch ? 'Credentials' : 'Connect'}</CardTitle><CardDescription>{ch ? 'Secrets are encrypted and shown masked. Update only what changed.' : 'Fill in the details from your provider.'}</CardDescription></CardHeader>
              <CardContent><ChannelForm key={ch?.id ?? 'new'} type={type} existing={ch} /></CardContent>
            </Card>
          )}
          {ch?.webhookUrl && (
            <Card>
              <CardHeader><CardTitle>Webhook</CardTitle><CardDescription>Paste this URL in your provider so messages reach Convix.</CardDescription></CardHeader>
              <CardContent className="flex flex-wrap items-center gap-2">
                <code className="min-w-0 flex-1 truncate rounded-md bg-muted px-3 py-2 text-sm" data-testid="webhook-url">{ch.webhookUrl}</code>
                <CopyButton text={ch.webhookUrl} />
              </CardContent>
            </Card>
          )}
          {ch && (
            <Card>
              <CardHeader><CardTitle>Connection</CardTitle></CardHeader>
              <CardContent className="flex flex-wrap items-center gap-4">
                <Button variant="secondary" onClick={() => test.mutate(ch.id)} loading={test.isPending}><PlugZap className="size-4" aria-hidden />Test connection</Button>
                <label className="flex items-center gap-2 text-sm">
                  <Switch checked={ch.isActive} onCheckedChange={(v) => update.mutate({ id: ch.id, body: { isActive: v } })} aria-label="Channel active" />
                  {ch.isActive ? 'Active' : 'Paused'}
                </label>
                {type !== 'WIDGET' && (
                  <Button variant="ghost" className="ml-auto text-danger" onClick={() => remove.mutate(ch.id)} loading={remove.isPending}><Trash2 className="size-4" aria-hidden />Disconnect</Button>
                )}
              </CardContent>
            </Card>
          )}
        </div>
        <Card className="h-fit">
          <CardHeader><CardTitle>Setup steps</CardTitle></CardHeader>
          <CardContent>
            <ol className="space-y-3">
              {SETUP_STEPS[type].map((s, i) => (
                <li key={s} className="flex gap-3 text-sm"><span className="flex size-6 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground">{i + 1}</span>{s}</li>
              ))}
            </ol>
          </CardContent>
        </Card>
      </div>
    </div>
  );
}
