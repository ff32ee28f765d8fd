'use client';
import { ErrorState } from '@/components/ui/states';

export default function DashboardError({ error, reset }: { error: Error; reset: () => void }) {
  return <ErrorState title="This page failed to load" error={error} onRetry={reset} />;
}
