'use client';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ZEmail, ZHandoffDestination, ZUpdateStoreSettingsRequest, type TStoreSettings } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, NativeSelect } from '@/components/ui/input';
import { Slider } from '@/components/ui/slider';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { useSettings, useUpdateSettings } from '../hooks';
import { HelpdeskKeys } from './helpdesk-keys';
import { TagInput } from './tag-input';

const S = ZUpdateStoreSettingsRequest.shape;
const ZEscalation = z.object({
  confidenceThreshold: S.confidenceThreshold.unwrap(),
  handoffDestination: ZHandoffDestination,
  handoffEmail: z.union([z.literal(''), ZEmail]),
  businessHoursStart: S.businessHoursStart.unwrap(),
  businessHoursEnd: S.businessHoursEnd.unwrap(),
  businessHoursTimezone: S.businessHoursTimezone.unwrap(),
  highValueCartThreshold: S.highValueCartThreshold.unwrap(),
  forbiddenTopics: S.forbiddenTopics.unwrap(),
}).refine((v) => v.handoffDestination !== 'EMAIL' || v.handoffEmail !== '', { path: ['handoffEmail'], message: 'Needed when handoffs go to email' });

const DEST: Record<z.infer<typeof ZHandoffDestination>, string> = { LIVE_AGENT: 'Live agent in Convix', TICKET: 'Helpdesk ticket', EMAIL: 'Email' };

function explain(t: number) {
  const pct = Math.round(t * 100);
  if (t >= 0.85) return `Very cautious: the AI only answers when it is at least ${pct}% sure. Expect more handoffs and fewer mistakes.`;
  if (t >= 0.6) return `Balanced: below ${pct}% composite confidence the AI hands over to your team with a summary. Recommended for most stores.`;
  return `Autonomous: the AI answers unless confidence drops below ${pct}%. Fewer handoffs, but more risk of wrong answers.`;
}

function Form({ s }: { s: TStoreSettings }) {
  const save = useUpdateSettings('Escalation rules saved');
  const zones = Intl.supportedValuesOf('timeZone');
  const { register, control, handleSubmit, reset, formState: { errors, isDirty } } = useForm({
    resolver: zodResolver(ZEscalation),
    defaultValues: { ...s, handoffEmail: s.handoffEmail ?? '' },
  });
  const threshold = useWatch({ control, name: 'confidenceThreshold' });
  const dest = useWatch({ control, name: 'handoffDestination' });
  const onSubmit = handleSubmit((v) => save.mutate({ ...v, handoffEmail: v.handoffEmail || null }, { onSuccess: () => reset(v) }));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card>
        <CardHeader><CardTitle>Confidence threshold</CardTitle><CardDescription>Every reply gets a composite score: 45% factual, 35% intent, 20% emotional confidence.</CardDescription></CardHeader>
        <CardContent className="space-y-3">
          <div className="flex items-center gap-4">
            <Controller control={control} name="confidenceThreshold" render={({ field }) => (
              <Slider label="Confidence threshold" min={0.3} max={0.95} step={0.01} value={[field.value]} onValueChange={([v]) => field.onChange(v)} />
            )} />
            <span className="w-14 text-right text-lg font-semibold tabular-nums" data-testid="threshold-value">{Math.round(threshold * 100)}%</span>
          </div>
          <p className="rounded-lg bg-muted p-3 text-sm text-muted-foreground" aria-live="polite">{explain(threshold)}</p>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Handoff</CardTitle><CardDescription>Where conversations go when the AI asks for help.</CardDescription></CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field label="Destination">{(a) => <NativeSelect {...a} {...register('handoffDestination')}>{ZHandoffDestination.options.map((d) => <option key={d} value={d}>{DEST[d]}</option>)}</NativeSelect>}</Field>
          <Field label="Handoff email" error={errors.handoffEmail?.message} hint={dest === 'EMAIL' ? 'Required for email handoff.' : 'Also used for after-hours summaries.'}>{(a) => <Input {...a} type="email" {...register('handoffEmail')} />}</Field>
          <Field label="High-value cart threshold (USD)" error={errors.highValueCartThreshold?.message} hint="Carts above this are handed off early if the shopper seems at risk.">
            {(a) => <Input {...a} type="number" min={0} step={1} {...register('highValueCartThreshold', { valueAsNumber: true })} />}
          </Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Business hours</CardTitle><CardDescription>Outside these hours, live-agent handoffs become tickets or emails.</CardDescription></CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-3">
          <Field label="Opens" error={errors.businessHoursStart?.message}>{(a) => <Input {...a} type="time" {...register('businessHoursStart')} />}</Field>
          <Field label="Closes" error={errors.businessHoursEnd?.message}>{(a) => <Input {...a} type="time" {...register('businessHoursEnd')} />}</Field>
          <Field label="Time zone" error={errors.businessHoursTimezone?.message}>{(a) => <NativeSelect {...a} {...register('businessHoursTimezone')}>{zones.map((z) => <option key={z} value={z}>{z.replace(/_/g, ' ')}</option>)}</NativeSelect>}</Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Forbidden topics</CardTitle><CardDescription>The AI politely declines these and offers a human instead.</CardDescription></CardHeader>
        <CardContent><Controller control={control} name="forbiddenTopics" render={({ field }) => <TagInput id="topics" value={field.value} onChange={field.onChange} placeholder="Type a topic and press Enter" />} /></CardContent>
      </Card>
      <Button type="submit" disabled={!isDirty} loading={save.isPending}>Save escalation rules</Button>
    </form>
  );
}

export function EscalationSettings() {
  const { data, error, refetch } = useSettings();
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />;
  if (!data) return <div className="space-y-6"><Skeleton className="h-40" /><Skeleton className="h-40" /><Skeleton className="h-40" /></div>;
  return <div className="space-y-6"><Form s={data} /><HelpdeskKeys s={data} /></div>;
}
