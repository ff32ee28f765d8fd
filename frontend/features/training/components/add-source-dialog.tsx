'use client';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Plus, Upload } from 'lucide-react';
import { z } from 'zod';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, NativeSelect, Textarea } from '@/components/ui/input';
import { Tabs, TabsContent, TabsList, TabsTrigger } from '@/components/ui/tabs';
import { useCreateDoc, useUploadDoc } from '../hooks';

// Text sources share one form; the request variant is picked by `type` (mirrors ZCreateTrainingDocRequest).
const ZText = z.object({ type: z.enum(['FAQ', 'POLICY', 'MANUAL']), title: z.string().trim().min(1, 'Give it a title').max(200), content: z.string().trim().min(1, 'Add some content').max(200_000) });
const ZUrl = z.object({ url: z.url({ protocol: /^https?$/, error: 'Enter a full http(s) URL' }).max(2000), crawl: z.boolean() });

function TextForm({ onDone }: { onDone: () => void }) {
  const create = useCreateDoc();
  const { register, handleSubmit, formState: { errors } } = useForm({ resolver: zodResolver(ZText), defaultValues: { type: 'FAQ' as const, title: '', content: '' } });
  return (
    <form className="space-y-4" noValidate onSubmit={handleSubmit((v) => create.mutate(v, { onSuccess: onDone }))}>
      <div className="grid gap-4 sm:grid-cols-[8rem_1fr]">
        <Field label="Type">{(a) => <NativeSelect {...a} {...register('type')}><option value="FAQ">FAQ</option><option value="POLICY">Policy</option><option value="MANUAL">Manual</option></NativeSelect>}</Field>
        <Field label="Title" error={errors.title?.message}>{(a) => <Input {...a} {...register('title')} placeholder="Shipping FAQ" />}</Field>
      </div>
      <Field label="Content" error={errors.content?.message}>{(a) => <Textarea {...a} {...register('content')} className="min-h-40" placeholder="Q: How long does shipping take?&#10;A: 3–5 business days in the US…" />}</Field>
      <Button type="submit" loading={create.isPending}>Add source</Button>
    </form>
  );
}

function UrlForm({ onDone }: { onDone: () => void }) {
  const create = useCreateDoc();
  const { register, handleSubmit, formState: { errors } } = useForm({ resolver: zodResolver(ZUrl), defaultValues: { url: '', crawl: false } });
  return (
    <form className="space-y-4" noValidate onSubmit={handleSubmit((v) => create.mutate({ type: 'URL', url: v.url, options: v.crawl ? { crawl: true, maxPages: 20, maxDepth: 2, include: [], exclude: [] } : undefined }, { onSuccess: onDone }))}>
      <Field label="Page URL" error={errors.url?.message}>{(a) => <Input {...a} {...register('url')} type="url" placeholder="https://yourstore.com/pages/faq" />}</Field>
      <label className="flex items-center gap-2 text-sm"><input type="checkbox" {...register('crawl')} className="size-4 accent-[var(--primary)]" />Also crawl linked pages (up to 20)</label>
      <Button type="submit" loading={create.isPending}>Add URL</Button>
    </form>
  );
}

function FileForm({ onDone }: { onDone: () => void }) {
  const upload = useUploadDoc();
  const create = useCreateDoc();
  return (
    <div className="space-y-4">
      <label className="flex cursor-pointer flex-col items-center gap-2 rounded-xl border-2 border-dashed p-8 text-center hover:bg-muted">
        <Upload className="size-6 text-muted-foreground" aria-hidden />
        <span className="text-sm font-medium">Choose a PDF, DOCX, TXT or CSV</span>
        <span className="text-xs text-muted-foreground">Up to 20 MB</span>
        <input type="file" className="sr-only" accept=".pdf,.docx,.txt,.md,.csv" onChange={(e) => { const f = e.target.files?.[0]; if (f) upload.mutate(f, { onSuccess: onDone }); }} />
      </label>
      <div className="flex items-center justify-between rounded-lg border p-3 text-sm">
        <span>Or sync your product catalog from your store</span>
        <Button size="sm" variant="secondary" loading={create.isPending} onClick={() => create.mutate({ type: 'PRODUCT_CATALOG', title: 'Product catalog' }, { onSuccess: onDone })}>Sync catalog</Button>
      </div>
    </div>
  );
}

export function AddSourceDialog({ label = 'Add source' }: { label?: string }) {
  const [open, setOpen] = useState(false);
  const done = () => setOpen(false);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button><Plus className="size-4" aria-hidden />{label}</Button></DialogTrigger>
      <DialogContent title="Add a training source" description="The AI answers only from what you give it." className="max-w-xl">
        <Tabs defaultValue="text">
          <TabsList className="mb-4"><TabsTrigger value="text">FAQ / policy</TabsTrigger><TabsTrigger value="url">Web page</TabsTrigger><TabsTrigger value="file">File / catalog</TabsTrigger></TabsList>
          <TabsContent value="text"><TextForm onDone={done} /></TabsContent>
          <TabsContent value="url"><UrlForm onDone={done} /></TabsContent>
          <TabsContent value="file"><FileForm onDone={done} /></TabsContent>
        </Tabs>
      </DialogContent>
    </Dialog>
  );
}
