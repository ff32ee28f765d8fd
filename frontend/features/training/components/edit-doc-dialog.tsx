'use client';
import { useState } from 'react';
import { Pencil } from 'lucide-react';
import type { TTrainingDoc } from '@convix/shared/contracts';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Input, Textarea } from '@/components/ui/input';
import { useUpdateDoc } from '../hooks';

export function EditDocDialog({ doc }: { doc: TTrainingDoc }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState(doc.title);
  const [content, setContent] = useState(doc.content);
  const update = useUpdateDoc();
  const editableContent = doc.type === 'FAQ' || doc.type === 'POLICY' || doc.type === 'MANUAL';
  return (
    <Dialog open={open} onOpenChange={(o) => { setOpen(o); if (o) { setTitle(doc.title); setContent(doc.content); } }}>
      <DialogTrigger asChild><Button variant="ghost" size="icon" aria-label={`Edit ${doc.title}`}><Pencil className="size-4" /></Button></DialogTrigger>
      <DialogContent title="Edit source" className="max-w-xl">
        <form
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: doc.id, body: { title: title.trim() || undefined, content: editableContent && content !== doc.content ? content : undefined } }, { onSuccess: () => setOpen(false) });
          }}
        >
          <Field label="Title">{(a) => <Input {...a} value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} required />}</Field>
          {editableContent && <Field label="Content" hint="Saving new content re-processes the document.">{(a) => <Textarea {...a} value={content} className="min-h-48" onChange={(e) => setContent(e.target.value)} />}</Field>}
          <div className="flex justify-end gap-2"><Button type="button" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button><Button type="submit" loading={update.isPending}>Save</Button></div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
