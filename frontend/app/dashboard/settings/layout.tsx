import { PageHeader } from '@/components/ui/page-header';
import { SettingsNav } from '@/components/dashboard/settings-nav';

export default function SettingsLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <PageHeader title="Settings" description="Store details, escalation rules, team and billing." />
      <SettingsNav />
      {children}
    </>
  );
}
