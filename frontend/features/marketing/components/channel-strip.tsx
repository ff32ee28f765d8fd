import { ChannelIcon } from '@/components/channel-icon';
import { CHANNEL_LABEL, CHANNEL_ORDER } from '@/lib/labels';

export function ChannelStrip() {
  return (
    <ul className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6" aria-label="Supported channels">
      {CHANNEL_ORDER.map((c) => (
        <li key={c} className="flex items-center justify-center gap-2 rounded-xl border bg-card px-3 py-4 text-sm font-medium">
          <ChannelIcon channel={c} className="size-5" />
          {CHANNEL_LABEL[c]}
        </li>
      ))}
    </ul>
  );
}
