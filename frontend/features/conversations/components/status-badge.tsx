import type { TConvStatus } from '@convix/shared/contracts';
import { Badge } from '@/components/ui/badge';
import { STATUS_LABEL, STATUS_TONE } from '@/lib/labels';

export function StatusBadge({ status }: { status: TConvStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{STATUS_LABEL[status]}</Badge>;
}
