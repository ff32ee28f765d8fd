import { useId } from 'react';
import { cn } from '@/lib/utils';
import { Label } from './input';

/** Label + control + hint/error, wiring ids for aria-describedby. */
export function Field({
  label, hint, error, className, children,
}: {
  label: string;
  hint?: React.ReactNode;
  error?: string;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode;
}) {
  const id = useId();
  const descId = `${id}-desc`;
  return (
    <div className={cn('space-y-1.5', className)}>
      <Label htmlFor={id}>{label}</Label>
      {children({ id, 'aria-invalid': !!error, 'aria-describedby': error || hint ? descId : undefined })}
      {error ? (
        <p id={descId} role="alert" className="text-sm text-danger">{error}</p>
      ) : hint ? (
        <p id={descId} className="text-sm text-muted-foreground">{hint}</p>
      ) : null}
    </div>
  );
}
