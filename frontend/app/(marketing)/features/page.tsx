import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { HeroPreview } from '@/features/marketing/components/hero-preview';
import { ChannelStrip } from '@/features/marketing/components/channel-strip';
import { FEATURES, MORE_FEATURES } from '@/features/marketing/content';

export const metadata: Metadata = { title: 'Features' };

export default function FeaturesPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight">Built for merchants who care about every conversation</h1>
        <p className="mt-4 text-lg text-muted-foreground">An AI agent that is fast when it is sure, careful when it is not, and transparent either way.</p>
      </div>
      <div className="mt-16 grid items-center gap-12 lg:grid-cols-2">
        <div className="space-y-8">
          {[...FEATURES, ...MORE_FEATURES].slice(0, 5).map(({ icon: Icon, title, body }) => (
            <div key={title} className="flex gap-4">
              <div className="h-fit rounded-lg bg-accent p-2"><Icon className="size-5 text-brand" aria-hidden /></div>
              <div><h2 className="font-semibold">{title}</h2><p className="mt-1 text-sm text-muted-foreground">{body}</p></div>
            </div>
          ))}
        </div>
        <HeroPreview />
      </div>
      <section aria-labelledby="more" className="mt-20">
        <h2 id="more" className="text-2xl font-bold tracking-tight">And the details that make it work</h2>
        <div className="mt-6 grid gap-6 md:grid-cols-3">
          {[...FEATURES.slice(5), ...MORE_FEATURES].map(({ icon: Icon, title, body }) => (
            <div key={title} className="rounded-2xl border bg-card p-6">
              <Icon className="size-5 text-brand" aria-hidden />
              <h3 className="mt-3 font-semibold">{title}</h3>
              <p className="mt-1 text-sm text-muted-foreground">{body}</p>
            </div>
          ))}
        </div>
      </section>
      <section aria-labelledby="ch" className="mt-20">
        <h2 id="ch" className="mb-6 text-2xl font-bold tracking-tight">Channels</h2>
        <ChannelStrip />
      </section>
      <div className="mt-16 text-center"><Button asChild size="lg"><Link href="/signup">Start your free trial</Link></Button></div>
    </div>
  );
}
