import { Bot, ShieldCheck, User } from 'lucide-react';

/** Static product shot: a thread with the AI's decision record peeking out. */
export function HeroPreview() {
  return (
    <div className="relative mx-auto w-full max-w-md">
      <div className="absolute -inset-4 -z-10 rounded-3xl bg-gradient-to-tr from-indigo-500/25 via-fuchsia-500/10 to-emerald-400/20 blur-2xl" />
      <div className="rounded-2xl border bg-card p-4 shadow-xl">
        <div className="mb-3 flex items-center justify-between border-b pb-3">
          <div className="flex items-center gap-2 text-sm font-medium"><span className="size-2 rounded-full bg-green-500" />Olivia · WhatsApp</div>
          <span className="rounded-full bg-accent px-2 py-0.5 text-xs text-accent-foreground">AI handling</span>
        </div>
        <div className="space-y-3 text-sm">
          <div className="flex gap-2"><User className="mt-1 size-4 shrink-0 text-muted-foreground" aria-hidden /><p className="rounded-2xl rounded-tl-sm bg-muted px-3 py-2">Is the Ridgeline shell ok for all-day rain? Need it by Friday.</p></div>
          <div className="flex flex-row-reverse gap-2"><Bot className="mt-1 size-4 shrink-0 text-brand" aria-hidden /><p className="rounded-2xl rounded-tr-sm bg-primary px-3 py-2 text-primary-foreground">Yes — it&apos;s fully seam-taped with a 20k rating. Order by 2pm today for Friday delivery with express shipping.</p></div>
          <div className="rounded-xl border border-dashed p-3">
            <div className="mb-2 flex items-center gap-1.5 text-xs font-medium text-muted-foreground"><ShieldCheck className="size-3.5" aria-hidden />Decision record</div>
            {[['Factual', 92], ['Intent', 95], ['Emotional', 88]].map(([l, v]) => (
              <div key={l} className="mb-1 flex items-center gap-2 text-xs">
                <span className="w-16 text-muted-foreground">{l}</span>
                <span className="h-1.5 flex-1 overflow-hidden rounded-full bg-muted"><span className="block h-full rounded-full bg-primary" style={{ width: `${v}%` }} /></span>
                <span className="w-8 text-right tabular-nums">{v}%</span>
              </div>
            ))}
          </div>
        </div>
      </div>
    </div>
  );
}
