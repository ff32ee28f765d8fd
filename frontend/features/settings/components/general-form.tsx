'use client';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { ZPlatform, ZUpdateStoreRequest, type TStore, type TStoreSettings } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Field } from '@/components/ui/field';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { Skeleton } from '@/components/ui/skeleton';
import { ErrorState } from '@/components/ui/states';
import { PLATFORM_LABEL } from '@/lib/labels';
import { useSettings, useStore, useUpdateSettings, useUpdateStore } from '../hooks';

const ZGeneral = z.object({
  name: z.string().trim().min(1, 'Store name is required').max(120),
  domain: ZUpdateStoreRequest.shape.domain.unwrap().unwrap().or(z.literal('')),
  platform: ZPlatform,
  brandVoice: z.string().trim().max(500),
});

function Form({ store, settings }: { store: TStore; settings: TStoreSettings }) {
  const updateStore = useUpdateStore();
  const updateSettings = useUpdateSettings('Brand voice saved');
  const { register, handleSubmit, formState: { errors, isDirty }, reset } = useForm({
    resolver: zodResolver(ZGeneral),
    defaultValues: { name: store.name, domain: store.domain ?? '', platform: store.platform, brandVoice: settings.brandVoice },
  });
  const onSubmit = handleSubmit(async (v) => {
    await updateStore.mutateAsync({ name: v.name, domain: v.domain || null, platform: v.platform });
    if (v.brandVoice !== settings.brandVoice) await updateSettings.mutateAsync({ brandVoice: v.brandVoice });
    reset(v);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <Card>
        <CardHeader><CardTitle>Store</CardTitle><CardDescription>How your store appears to your team and customers.</CardDescription></CardHeader>
        <CardContent className="grid gap-4 sm:grid-cols-2">
          <Field label="Store name" error={errors.name?.message}>{(a) => <Input {...a} {...register('name')} />}</Field>
          <Field label="Domain" error={errors.domain?.message}>{(a) => <Input {...a} {...register('domain')} placeholder="shop.example.com" />}</Field>
          <Field label="Platform">{(a) => <NativeSelect {...a} {...register('platform')}>{ZPlatform.options.map((p) => <option key={p} value={p}>{PLATFORM_LABEL[p]}</option>)}</NativeSelect>}</Field>
        </CardContent>
      </Card>
      <Card>
        <CardHeader><CardTitle>Brand voice</CardTitle><CardDescription>Describe how the AI should sound. It applies on every channel.</CardDescription></CardHeader>
        <CardContent><Field label="Voice and tone" error={errors.brandVoice?.message} hint="Max 500 characters.">{(a) => <Textarea {...a} {...register('brandVoice')} className="min-h-28" />}</Field></CardContent>
      </Card>
      <Button type="submit" disabled={!isDirty} loading={updateStore.isPending || updateSettings.isPending}>Save changes</Button>
    </form>
  );
}

export function GeneralSettings() {
  const store = useStore();
  const settings = useSettings();
  if (store.error || settings.error) return <ErrorState error={store.error ?? settings.error} onRetry={() => { void store.refetch(); void settings.refetch(); }} />;
  if (!store.data || !settings.data) return <div className="space-y-6"><Skeleton className="h-48" /><Skeleton className="h-48" /></div>;
  return <Form store={store.data} settings={settings.data} />;
}
