import Link from 'next/link';
import { ArrowRight, Check, Minus } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { ChannelStrip } from '@/features/marketing/components/channel-strip';
import { HeroPreview } from '@/features/marketing/components/hero-preview';
import { COMPARISON, FEATURES, STEPS } from '@/features/marketing/content';

function Cell({ v }: { v: boolean | string }) {
  if (v === true) return <Check className="mx-auto size-5 text-success" aria-label="Yes" role="img" />;
  if (v === false) return <Minus className="mx-auto size-5 text-muted-foreground" aria-label="No" role="img" />;
  return <span className="text-sm text-muted-foreground">{v}</span>;
}

export default function LandingPage() {
  return (
    <>
      <section className="mx-auto grid max-w-6xl items-center gap-12 px-4 py-16 md:py-24 lg:grid-cols-2">
        <div>
          <p className="mb-4 inline-flex rounded-full border bg-card px-3 py-1 text-xs font-medium text-muted-foreground">New · Decision records for every AI reply</p>
          <h1 className="text-4xl font-bold tracking-tight text-balance sm:text-5xl">The AI sales &amp; support agent that knows when to call a human.</h1>
          <p className="mt-5 max-w-xl text-lg text-muted-foreground">
            Convix answers shoppers on your site, WhatsApp, Instagram, Messenger, SMS and email — recommends products, recovers carts,
            and hands tricky conversations to your team with a clear summary.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Button asChild size="lg"><Link href="/signup">Start free trial <ArrowRight className="size-4" aria-hidden /></Link></Button>
            <Button asChild size="lg" variant="secondary"><Link href="/dashboard">Explore the live demo</Link></Button>
          </div>
          <p className="mt-4 text-sm text-muted-foreground">14-day trial · No credit card · Cancel anytime</p>
        </div>
        <HeroPreview />
      </section>

      <section aria-labelledby="channels-title" className="mx-auto max-w-6xl px-4 pb-16">
        <h2 id="channels-title" className="mb-6 text-center text-sm font-medium text-muted-foreground">One agent, every channel your customers use</h2>
        <ChannelStrip />
      </section>

      <section aria-labelledby="features-title" className="border-y bg-card/50 py-20">
        <div className="mx-auto max-w-6xl px-4">
          <h2 id="features-title" className="text-center text-3xl font-bold tracking-tight">Everything a great support rep does — at 3am too</h2>
          <div className="mt-12 grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {FEATURES.map(({ icon: Icon, title, body }) => (
              <div key={title} className="rounded-2xl border bg-card p-6">
                <div className="mb-4 inline-flex rounded-lg bg-accent p-2"><Icon className="size-5 text-brand" aria-hidden /></div>
                <h3 className="font-semibold">{title}</h3>
                <p className="mt-2 text-sm text-muted-foreground">{body}</p>
              </div>
            ))}
          </div>
        </div>
      </section>

      <section aria-labelledby="how-title" className="mx-auto max-w-6xl px-4 py-20">
        <h2 id="how-title" className="text-center text-3xl font-bold tracking-tight">How it works</h2>
        <ol className="mt-12 grid gap-6 md:grid-cols-3">
          {STEPS.map((s, i) => (
            <li key={s.title} className="rounded-2xl border bg-card p-6">
              <span className="inline-flex size-8 items-center justify-center rounded-full bg-primary text-sm font-bold text-primary-foreground">{i + 1}</span>
              <h3 className="mt-4 font-semibold">{s.title}</h3>
              <p className="mt-2 text-sm text-muted-foreground">{s.body}</p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="compare-title" className="mx-auto max-w-4xl px-4 pb-20">
        <h2 id="compare-title" className="text-center text-3xl font-bold tracking-tight">How Convix compares</h2>
        <div className="mt-10 overflow-x-auto rounded-2xl border bg-card">
          <table className="w-full text-left text-sm">
            <thead className="border-b bg-muted/50">
              <tr><th scope="col" className="p-4">Capability</th><th scope="col" className="p-4 text-center">Convix</th><th scope="col" className="p-4 text-center">Rule-based chatbots</th><th scope="col" className="p-4 text-center">Helpdesk only</th></tr>
            </thead>
            <tbody>
              {COMPARISON.map(([label, a, b, c]) => (
                <tr key={label} className="border-b last:border-0">
                  <th scope="row" className="p-4 font-normal">{label}</th>
                  <td className="p-4 text-center"><Cell v={a} /></td><td className="p-4 text-center"><Cell v={b} /></td><td className="p-4 text-center"><Cell v={c} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section className="px-4 pb-24">
        <div className="mx-auto max-w-4xl rounded-3xl bg-gradient-to-br from-indigo-600 to-violet-700 px-8 py-14 text-center text-white shadow-xl">
          <h2 className="text-3xl font-bold tracking-tight">Live on your store this afternoon</h2>
          <p className="mx-auto mt-3 max-w-xl text-indigo-100">Connect, train, paste one snippet. Your AI agent starts answering — and your team only sees what needs them.</p>
          <div className="mt-8 flex flex-wrap justify-center gap-3">
            <Button asChild size="lg" className="bg-white text-indigo-700 hover:bg-indigo-50"><Link href="/signup">Start free trial</Link></Button>
            <Button asChild size="lg" variant="ghost" className="text-white hover:bg-white/10"><Link href="/pricing">See pricing</Link></Button>
          </div>
        </div>
      </section>
    </>
  );
}
