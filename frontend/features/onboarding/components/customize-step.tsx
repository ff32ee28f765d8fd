'use client';
import { useUpdateSettings } from '@/features/settings/hooks';
import { WidgetCustomizer } from '@/features/widget/components/widget-customizer';
import { useWidgetDraft } from '@/lib/stores/widget-draft';
import { StepShell } from './step-shell';

export function CustomizeStep() {
  const save = useUpdateSettings('Widget style saved');
  return (
    <StepShell
      step="customize"
      pending={save.isPending}
      onContinue={async () => {
        const { draft, markSaved } = useWidgetDraft.getState();
        await save.mutateAsync({ widgetConfig: draft });
        markSaved();
      }}
    >
      <WidgetCustomizer compact />
    </StepShell>
  );
}
