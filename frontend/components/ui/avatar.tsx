import { cn } from '@/lib/utils';
import { initials } from '@/lib/format';

const palette = ['bg-indigo-600', 'bg-emerald-700', 'bg-rose-700', 'bg-amber-700', 'bg-sky-700', 'bg-violet-700', 'bg-teal-700'];

export function Avatar({ name, className }: { name: string | null | undefined; className?: string }) {
  const n = name ?? '?';
  const idx = [...n].reduce((a, c) => a + c.charCodeAt(0), 0) % palette.length;
  return (
    <span aria-hidden className={cn('inline-flex size-9 shrink-0 items-center justify-center rounded-full text-xs font-semibold text-white', palette[idx], className)}>
      {initials(n)}
    </span>
  );
}
