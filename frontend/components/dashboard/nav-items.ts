import { BarChart3, BookOpen, LayoutDashboard, MessageSquare, Palette, Radio, Settings, type LucideIcon } from 'lucide-react';

export interface NavItem { href: string; label: string; icon: LucideIcon; exact?: boolean }

export const NAV: NavItem[] = [
  { href: '/dashboard', label: 'Overview', icon: LayoutDashboard, exact: true },
  { href: '/dashboard/conversations', label: 'Conversations', icon: MessageSquare },
  { href: '/dashboard/analytics', label: 'Analytics', icon: BarChart3 },
  { href: '/dashboard/channels', label: 'Channels', icon: Radio },
  { href: '/dashboard/widget', label: 'Widget', icon: Palette },
  { href: '/dashboard/training', label: 'Training', icon: BookOpen },
  { href: '/dashboard/settings', label: 'Settings', icon: Settings },
];

export const SETTINGS_NAV = [
  { href: '/dashboard/settings', label: 'General', exact: true },
  { href: '/dashboard/settings/escalation', label: 'Escalation' },
  { href: '/dashboard/settings/team', label: 'Team' },
  { href: '/dashboard/settings/billing', label: 'Billing' },
];

export const isActive = (pathname: string, href: string, exact?: boolean) => (exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
