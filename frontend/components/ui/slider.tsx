'use client';
import { Slider as S } from 'radix-ui';
import { cn } from '@/lib/utils';

export function Slider({ className, label, ...props }: React.ComponentProps<typeof S.Root> & { label: string }) {
  return (
    <S.Root className={cn('relative flex h-5 w-full touch-none items-center select-none', className)} {...props}>
      <S.Track className="relative h-2 grow overflow-hidden rounded-full bg-muted">
        <S.Range className="absolute h-full bg-primary" />
      </S.Track>
      <S.Thumb aria-label={label} className="block size-5 rounded-full border-2 border-primary bg-card shadow focus-visible:outline-2 focus-visible:outline-ring" />
    </S.Root>
  );
}
