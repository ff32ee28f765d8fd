import type { Metadata } from 'next';
import { GeneralSettings } from '@/features/settings/components/general-form';

export const metadata: Metadata = { title: 'Settings' };

export default function SettingsPage() {
  return <GeneralSettings />;
}
