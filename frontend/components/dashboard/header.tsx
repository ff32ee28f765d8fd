'use client';
import { useState } from 'react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { Dialog as D, DropdownMenu as DM } from 'radix-ui';
import { LogOut, Menu, Settings, X } from 'lucide-react';
import { Logo } from '@/components/logo';
import { ThemeToggle } from '@/components/theme-toggle';
import { Avatar } from '@/components/ui/avatar';
import { Button } from '@/components/ui/button';
import { useStore } from '@/features/settings/hooks';
import { useSessionStore } from '@/lib/stores/session';
import { NotificationsMenu } from './notifications-menu';
import { SidebarNav } from './sidebar';

function MobileNav() {
  const [open, setOpen] = useState(false);
  return (
    <D.Root open={open} onOpenChange={setOpen}>
      <D.Trigger asChild><Button variant="ghost" size="icon" className="lg:hidden" aria-label="Open menu"><Menu className="size-5" /></Button></D.Trigger>
      <D.Portal>
        <D.Overlay className="fixed inset-0 z-50 bg-black/50" />
        <D.Content aria-describedby={undefined} className="fixed inset-y-0 left-0 z-50 w-72 border-r bg-card p-4 shadow-xl">
          <D.Title className="sr-only">Navigation</D.Title>
          <div className="mb-6 flex items-center justify-between"><Logo href="/dashboard" /><D.Close asChild><Button variant="ghost" size="icon" aria-label="Close menu"><X className="size-5" /></Button></D.Close></div>
          <SidebarNav onNavigate={() => setOpen(false)} />
        </D.Content>
      </D.Portal>
    </D.Root>
  );
}

export function DashboardHeader() {
  const { data: store } = useStore();
  const user = useSessionStore((s) => s.user);
  const signOut = useSessionStore((s) => s.signOut);
  const router = useRouter();
  const name = user?.name ?? 'Alex Rivera';
  return (
    <header className="sticky top-0 z-30 flex h-16 items-center gap-3 border-b bg-background/85 px-4 backdrop-blur lg:px-6">
      <MobileNav />
      <div className="min-w-0">
        <p className="truncate text-sm font-semibold" data-testid="store-name">{store?.name ?? '\u00a0'}</p>
        <p className="truncate text-xs text-muted-foreground">{store?.domain ?? '\u00a0'}</p>
      </div>
      <div className="ml-auto flex items-center gap-1">
        <NotificationsMenu />
        <ThemeToggle />
        <DM.Root>
          <DM.Trigger asChild>
            <button className="ml-1 rounded-full" aria-label="Account menu"><Avatar name={name} className="size-8" /></button>
          </DM.Trigger>
          <DM.Portal>
            <DM.Content align="end" sideOffset={8} className="z-50 min-w-52 rounded-xl border bg-popover p-1 shadow-lg">
              <DM.Label className="px-3 py-2 text-sm"><span className="block font-medium">{name}</span><span className="text-xs text-muted-foreground">{user?.email ?? 'alex@northwind-outfitters.com'}</span></DM.Label>
              <DM.Separator className="my-1 h-px bg-border" />
              <DM.Item asChild className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-muted">
                <Link href="/dashboard/settings"><Settings className="size-4" aria-hidden />Settings</Link>
              </DM.Item>
              <DM.Item
                className="flex cursor-pointer items-center gap-2 rounded-md px-3 py-2 text-sm outline-none data-[highlighted]:bg-muted"
                onSelect={() => { signOut(); router.push('/login'); }}
              >
                <LogOut className="size-4" aria-hidden />Log out
              </DM.Item>
            </DM.Content>
          </DM.Portal>
        </DM.Root>
      </div>
    </header>
  );
}
