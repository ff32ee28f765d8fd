import type { Metadata } from 'next';
import { PlanCards } from '@/features/marketing/components/plan-cards';

export const metadata: Metadata = { title: 'Pricing' };

const FAQ = [
  ['What counts as a conversation?', 'A thread with one customer on one channel. Follow-ups within 24 hours stay in the same conversation.'],
  ['What happens if I go over my limit?', 'Convix keeps answering; we email you at 80% and 100%, and you can upgrade in one click.'],
  ['Can I change plans later?', 'Yes — upgrades apply immediately and are prorated; downgrades apply at the next billing period.'],
];

export default function PricingPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-16">
      <div className="mx-auto max-w-2xl text-center">
        <h1 className="text-4xl font-bold tracking-tight">Simple pricing that scales with you</h1>
        <p className="mt-4 text-lg text-muted-foreground">Every plan includes the AI agent, decision records, analytics and the website widget.</p>
      </div>
      <div className="mt-14"><PlanCards /></div>
      <section aria-labelledby="faq" className="mx-auto mt-20 max-w-3xl">
        <h2 id="faq" className="text-2xl font-bold tracking-tight">Frequently asked questions</h2>
        <dl className="mt-6 divide-y rounded-2xl border bg-card">
          {FAQ.map(([q, a]) => (
            <div key={q} className="p-5"><dt className="font-medium">{q}</dt><dd className="mt-1 text-sm text-muted-foreground">{a}</dd></div>
          ))}
        </dl>
      </section>
    </div>
  );
}
