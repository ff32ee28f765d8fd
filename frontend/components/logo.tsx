import Link from 'next/link';
import { cn } from '@/lib/utils';

export function LogoMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" className={cn('size-8', className)} aria-hidden>
      <rect width="32" height="32" rx="9" fill="#4f46e5" />
      <path d="M21.5 11.2a7 7 0 1 0 0 9.6" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
      <circle cx="22" cy="16" r="2.2" fill="#22c55e" />
    </svg>
  );
}

export function Logo({ href = '/', className }: { href?: string; className?: string }) {
  return (
    <Link href={href} className={cn('flex items-center gap-2 font-semibold tracking-tight', className)} aria-label="Convix home">
      <LogoMark />
      <span className="text-lg">Convix</span>
    </Link>
  );
}
