import type { Metadata } from 'next';
import { PageHeader } from '@/components/ui/page-header';
import { WidgetCustomizer } from '@/features/widget/components/widget-customizer';

export const metadata: Metadata = { title: 'Widget' };

export default function WidgetPage() {
  return (
    <>
      <PageHeader title="Website widget" description="Match the chat widget to your brand. Changes preview instantly and go live when you save." />
      <WidgetCustomizer />
    </>
  );
}
