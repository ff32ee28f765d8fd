'use client';
import { Check } from 'lucide-react';
import { ChannelIcon } from '@/components/channel-icon';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { ChannelForm } from '@/features/channels/components/channel-form';
import { ChannelStatus } from '@/features/channels/components/channel-status';
import { useChannels } from '@/features/channels/hooks';
import { CHANNEL_LABEL, CHANNEL_ORDER } from '@/lib/labels';
import { useOnboardingHydrated } from '@/lib/stores/hydrate';
import { useOnboarding } from '@/lib/stores/onboarding';
import { cn } from '@/lib/utils';
import { StepShell } from './step-shell';

export function ChannelsStep() {
  const hydrated = useOnboardingHydrated();
  const { channels: picked, toggleChannel } = useOnboarding();
  const { data: connected } = useChannels();
  const chosen = hydrated ? picked : [];
  return (
    <StepShell step="channels" continueDisabled={!chosen.length}>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3" role="group" aria-label="Channels">
        {CHANNEL_ORDER.map((c) => {
          const on = chosen.includes(c);
          return (
            <button key={c} type="button" aria-pressed={on} onClick={() => toggleChannel(c)} data-testid={`pick-${c}`}
              className={cn('relative flex items-center gap-3 rounded-xl border bg-card p-4 text-left text-sm font-medium', on ? 'border-primary ring-2 ring-primary' : 'hover:bg-muted')}>
              <ChannelIcon channel={c} className="size-5" />{CHANNEL_LABEL[c]}
              {on && <Check className="absolute top-2 right-2 size-4 text-brand" aria-hidden />}
            </button>
          );
        })}
      </div>
      <div className="mt-6 space-y-4">
        {chosen.filter((c) => c !== 'WIDGET').map((c) => {
          const existing = connected?.find((x) => x.type === c);
          return (
            <Card key={c}>
              <CardHeader className="flex-row items-center gap-2"><ChannelIcon channel={c} /><CardTitle>{CHANNEL_LABEL[c]}</CardTitle><span className="ml-auto"><ChannelStatus ch={existing} /></span></CardHeader>
              <CardContent>
                {existing ? <p className="text-sm text-muted-foreground">Already connected as “{existing.name}”. You can change credentials later under Channels.</p>
                  : <ChannelForm type={c as Exclude<typeof c, 'WIDGET'>} />}
              </CardContent>
            </Card>
          );
        })}
        {chosen.length > 0 && <p className="text-sm text-muted-foreground">You can skip credentials for now and finish them later from Channels.</p>}
      </div>
    </StepShell>
  );
}
