'use client';
import { useEffect } from 'react';
import { RotateCcw, Save } from 'lucide-react';
import { ZWidgetConfig, type TWidgetConfig } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, Label, Textarea } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { Switch } from '@/components/ui/switch';
import { useSettings, useUpdateSettings } from '@/features/settings/hooks';
import { useWidgetDirty, useWidgetDraft } from '@/lib/stores/widget-draft';
import { cn } from '@/lib/utils';
import { ColorField } from './color-field';
import { QuickRepliesEditor } from './quick-replies-editor';
import { WidgetPreview } from './widget-preview';

function Choice<T extends string>({ label, value, options, onChange }: { label: string; value: T; options: [T, string][]; onChange: (v: T) => void }) {
  return (
    <fieldset className="space-y-1.5">
      <legend className="text-sm font-medium">{label}</legend>
      <div className="inline-flex rounded-lg border bg-muted p-0.5">
        {options.map(([v, l]) => (
          <button key={v} type="button" aria-pressed={value === v} onClick={() => onChange(v)} className={cn('rounded-md px-3 py-1.5 text-sm', value === v ? 'bg-card font-medium shadow-sm' : 'text-muted-foreground')}>{l}</button>
        ))}
      </div>
    </fieldset>
  );
}

/** Appearance form + live preview. `compact` hides the save bar (used inside onboarding, which saves on Next). */
export function WidgetCustomizer({ compact }: { compact?: boolean }) {
  const settings = useSettings();
  const { draft, saved, load, update, markSaved, discard } = useWidgetDraft();
  const dirty = useWidgetDirty();
  const save = useUpdateSettings('Widget saved — live on your site');
  useEffect(() => { if (settings.data && saved === null) load(settings.data.widgetConfig); }, [settings.data, saved, load]);

  if (settings.error) return <ErrorState error={settings.error} onRetry={() => settings.refetch()} />;
  if (!saved) return <div className="grid gap-6 lg:grid-cols-2"><Skeleton className="h-[34rem]" /><Skeleton className="h-[34rem]" /></div>;
  const set = (p: Partial<TWidgetConfig>) => update(p);
  const avatarOk = draft.avatarUrl === null || ZWidgetConfig.shape.avatarUrl.safeParse(draft.avatarUrl).success;

  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card>
        <CardHeader><CardTitle>Appearance</CardTitle></CardHeader>
        <CardContent className="space-y-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <ColorField label="Primary colour" value={draft.primaryColor} onChange={(v) => set({ primaryColor: v })} testId="primary-color" />
            <ColorField label="Accent colour" value={draft.accentColor} onChange={(v) => set({ accentColor: v })} testId="accent-color" />
          </div>
          <div className="flex flex-wrap gap-6">
            <Choice label="Position" value={draft.position} onChange={(v) => set({ position: v })} options={[['bottom-left', 'Bottom left'], ['bottom-right', 'Bottom right']]} />
            <Choice label="Size" value={draft.size} onChange={(v) => set({ size: v })} options={[['compact', 'Compact'], ['standard', 'Standard'], ['large', 'Large']]} />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label="Agent name">{(a) => <Input {...a} value={draft.agentName} maxLength={60} onChange={(e) => set({ agentName: e.target.value })} />}</Field>
            <Field label="Avatar URL" error={avatarOk ? undefined : 'Enter a full URL (https://…)'} hint="Optional. Square image, 96×96 or larger.">
              {(a) => <Input {...a} type="url" value={draft.avatarUrl ?? ''} placeholder="https://…" onChange={(e) => set({ avatarUrl: e.target.value || null })} />}
            </Field>
          </div>
          <Field label="Greeting" hint={`${draft.greeting.length}/280`}>{(a) => <Textarea {...a} value={draft.greeting} maxLength={280} onChange={(e) => set({ greeting: e.target.value })} />}</Field>
          <QuickRepliesEditor value={draft.quickReplies} onChange={(quickReplies) => set({ quickReplies })} />
          <div className="flex items-center gap-3"><Switch id="branding" checked={draft.showBranding} onCheckedChange={(v) => set({ showBranding: v })} /><Label htmlFor="branding">Show “Powered by Convix”</Label></div>
          {!compact && (
            <div className="flex flex-wrap items-center gap-2 border-t pt-4">
              <Button onClick={() => save.mutate({ widgetConfig: draft }, { onSuccess: markSaved })} disabled={!dirty || !avatarOk} loading={save.isPending}><Save className="size-4" aria-hidden />Save changes</Button>
              <Button variant="ghost" onClick={discard} disabled={!dirty}><RotateCcw className="size-4" aria-hidden />Discard</Button>
              {dirty && <span className="text-sm text-muted-foreground" role="status">Unsaved changes</span>}
            </div>
          )}
        </CardContent>
      </Card>
      <div className="lg:sticky lg:top-20 lg:h-fit">
        <p className="mb-2 text-sm font-medium text-muted-foreground">Live preview</p>
        <WidgetPreview config={draft} />
      </div>
    </div>
  );
}
