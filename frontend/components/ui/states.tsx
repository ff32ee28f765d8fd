import { AlertTriangle, Inbox, type LucideIcon } from 'lucide-react';
import { Button } from './button';

export function EmptyState({ icon: Icon = Inbox, title, description, action }: {
  icon?: LucideIcon; title: string; description?: string; action?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col items-center justify-center gap-2 rounded-xl border border-dashed p-10 text-center">
      <div className="rounded-full bg-muted p-3"><Icon className="size-6 text-muted-foreground" aria-hidden /></div>
      <p className="font-medium">{title}</p>
      {description && <p className="max-w-sm text-sm text-muted-foreground">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}

export function ErrorState({ title = 'Something went wrong', error, onRetry }: { title?: string; error?: unknown; onRetry?: () => void }) {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Please try again.';
  return (
    <div role="alert" className="flex flex-col items-center justify-center gap-2 rounded-xl border border-red-500/30 bg-red-500/5 p-8 text-center">
      <AlertTriangle className="size-6 text-danger" aria-hidden />
      <p className="font-medium">{title}</p>
      <p className="max-w-md text-sm text-muted-foreground">{message}</p>
      {onRetry && <Button variant="secondary" size="sm" onClick={onRetry} className="mt-2">Try again</Button>}
    </div>
  );
}
