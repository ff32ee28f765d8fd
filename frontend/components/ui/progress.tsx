import { cn } from '@/lib/utils';

/** Simple meter; `value` in 0..100. */
export function Progress({ value, label, className, tone = 'primary' }: { value: number; label: string; className?: string; tone?: 'primary' | 'warning' | 'danger' | 'success' }) {
  const color = { primary: 'bg-primary', warning: 'bg-amber-500', danger: 'bg-red-500', success: 'bg-green-500' }[tone];
  const v = Math.max(0, Math.min(100, value));
  return (
    <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(v)} className={cn('h-2 w-full overflow-hidden rounded-full bg-muted', className)}>
      <div className={cn('h-full rounded-full transition-all', color)} style={{ width: `${v}%` }} />
    </div>
  );
}
