'use client';
import Link from 'next/link';
import { Popover } from 'radix-ui';
import { Bell } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { fmtRelative } from '@/lib/format';
import { useNotifications } from '@/lib/stores/notifications';

export function NotificationsMenu() {
  const { items, markAllRead } = useNotifications();
  const unread = items.filter((i) => !i.read).length;
  return (
    <Popover.Root onOpenChange={(o) => !o && markAllRead()}>
      <Popover.Trigger asChild>
        <Button variant="ghost" size="icon" aria-label={unread ? `Notifications, ${unread} unread` : 'Notifications'} className="relative">
          <Bell className="size-5" aria-hidden />
          {unread > 0 && <span className="absolute top-1.5 right-1.5 flex size-4 items-center justify-center rounded-full bg-red-600 text-[10px] font-bold text-white">{unread}</span>}
        </Button>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content align="end" sideOffset={8} className="z-50 w-80 rounded-xl border bg-popover shadow-lg">
          <p className="border-b px-4 py-3 text-sm font-semibold">Notifications</p>
          {items.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-muted-foreground">You’re all caught up.</p>
          ) : (
            <ul className="max-h-80 overflow-y-auto">
              {items.map((n) => (
                <li key={n.id} className="border-b last:border-0">
                  <Link href={n.href ?? '#'} className="block px-4 py-3 hover:bg-muted">
                    <p className="text-sm font-medium">{n.title}</p>
                    <p className="text-xs text-muted-foreground">{n.body} · {fmtRelative(n.createdAt)}</p>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
