'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { cn } from '@/lib/utils';
import { isActive, SETTINGS_NAV } from './nav-items';

export function SettingsNav() {
  const pathname = usePathname();
  return (
    <nav aria-label="Settings" className="mb-6 flex gap-1 overflow-x-auto border-b">
      {SETTINGS_NAV.map(({ href, label, exact }) => {
        const active = isActive(pathname, href, exact);
        return (
          <Link key={href} href={href} aria-current={active ? 'page' : undefined}
            className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap', active ? 'border-primary text-foreground' : 'border-transparent text-muted-foreground hover:text-foreground')}>
            {label}
          </Link>
        );
      })}
    </nav>
  );
}
