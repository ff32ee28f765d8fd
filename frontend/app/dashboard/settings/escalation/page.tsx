import type { Metadata } from 'next';
import { EscalationSettings } from '@/features/settings/components/escalation-form';

export const metadata: Metadata = { title: 'Escalation settings' };

export default function EscalationPage() {
  return <EscalationSettings />;
}
