import type { TChannel } from '@convix/shared/contracts';
import { Badge } from '@/components/ui/badge';

export function ChannelStatus({ ch }: { ch: TChannel | undefined }) {
  if (!ch) return <Badge>Not connected</Badge>;
  if (!ch.isActive) return <Badge>Paused</Badge>;
  if (ch.lastTestOk === false) return <Badge tone="danger">Needs attention</Badge>;
  return <Badge tone="success">Connected</Badge>;
}
