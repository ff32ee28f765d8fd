'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { Rocket } from 'lucide-react';
import { Logo } from '@/components/logo';
import { IS_MOCK } from '@/lib/config';
import { cn } from '@/lib/utils';
import { isActive, NAV } from './nav-items';

export function SidebarNav({ onNavigate }: { onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Dashboard" className="flex flex-col gap-1">
      {NAV.map(({ href, label, icon: Icon, exact }) => {
        const active = isActive(pathname, href, exact);
        return (
          <Link
            key={href}
            href={href}
            onClick={onNavigate}
            aria-current={active ? 'page' : undefined}
            className={cn(
              'flex items-center gap-3 rounded-lg px-3 py-2 text-sm font-medium transition-colors',
              active ? 'bg-accent text-accent-foreground' : 'text-muted-foreground hover:bg-muted hover:text-foreground',
            )}
          >
            <Icon className="size-4" aria-hidden />
            {label}
          </Link>
        );
      })}
    </nav>
  );
}

export function Sidebar() {
  return (
    <aside className="sticky top-0 hidden h-dvh w-60 shrink-0 flex-col border-r bg-card px-3 py-4 lg:flex">
      <Logo href="/dashboard" className="px-2" />
      <div className="mt-6 flex-1"><SidebarNav /></div>
      <div className="rounded-xl border bg-muted/50 p-3 text-sm">
        <p className="font-medium">Finish setup</p>
        <p className="mt-1 text-xs text-muted-foreground">Connect channels and go live in a few steps.</p>
        <Link href="/onboarding/connect-store" className="mt-2 inline-flex items-center gap-1 text-xs font-medium text-brand hover:underline">
          <Rocket className="size-3.5" aria-hidden /> Open setup guide
        </Link>
      </div>
      {IS_MOCK && <p className="mt-3 px-2 text-xs text-muted-foreground">Demo data · mock mode</p>}
    </aside>
  );
}
