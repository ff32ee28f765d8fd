'use client';
import { useState } from 'react';
import { CheckCircle2 } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogTrigger } from '@/components/ui/dialog';
import { Field } from '@/components/ui/field';
import { Textarea } from '@/components/ui/input';
import { useResolve } from '../hooks';

export function ResolveDialog({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const resolve = useResolve(id);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild><Button size="sm" variant="secondary"><CheckCircle2 className="size-4" aria-hidden />Resolve</Button></DialogTrigger>
      <DialogContent title="Resolve conversation" description="Optionally teach the AI how to handle this next time.">
        <form onSubmit={(e) => { e.preventDefault(); resolve.mutate(note.trim(), { onSuccess: () => { setOpen(false); setNote(''); } }); }} className="space-y-4">
          <Field label="Learning note" hint="Saved to training so the AI can answer similar questions itself.">
            {(a) => <Textarea {...a} value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. Store credit from the old site can be combined with promo codes on pre-orders." maxLength={5000} />}
          </Field>
          <div className="flex justify-end gap-2">
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={resolve.isPending}>Resolve conversation</Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  );
}
