import { Camera, Globe, Mail, MessageCircle, MessagesSquare, Smartphone, type LucideIcon } from 'lucide-react';
import type { TChannelType } from '@convix/shared/contracts';
import { CHANNEL_LABEL } from '@/lib/labels';
import { cn } from '@/lib/utils';

export const CHANNEL_ICON: Record<TChannelType, LucideIcon> = {
  WIDGET: Globe, WHATSAPP: MessageCircle, INSTAGRAM: Camera, MESSENGER: MessagesSquare, SMS: Smartphone, EMAIL: Mail,
};
export const CHANNEL_TEXT: Record<TChannelType, string> = {
  WIDGET: 'text-indigo-600 dark:text-indigo-300', WHATSAPP: 'text-green-700 dark:text-green-400', INSTAGRAM: 'text-pink-700 dark:text-pink-400',
  MESSENGER: 'text-blue-700 dark:text-blue-400', SMS: 'text-amber-700 dark:text-amber-400', EMAIL: 'text-teal-700 dark:text-teal-400',
};

export function ChannelIcon({ channel, className, labelled }: { channel: TChannelType; className?: string; labelled?: boolean }) {
  const Icon = CHANNEL_ICON[channel];
  return <Icon className={cn('size-4', CHANNEL_TEXT[channel], className)} aria-hidden={!labelled} aria-label={labelled ? CHANNEL_LABEL[channel] : undefined} role={labelled ? 'img' : undefined} />;
}
