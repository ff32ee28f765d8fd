// Widget POSTs wait (up to REPLY_WAIT_MS) for the reply to their message. Replies made in this
// process arrive as local events; replies written by another process (a BullMQ worker elsewhere)
// are found by ONE batched query per tick for every waiting message, not one poll per request.
import type { TMessage } from '@convix/shared/contracts';
import type { Container } from '../../container.js';
import { toMessage } from './serializers.js';

const TICK_MS = 400;

interface Waiter { messageId: string; resolve: (m: TMessage | null) => void }

class ReplyWaiters {
  private readonly waiting = new Map<string, Waiter[]>();
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly c: Container) {
    c.events.on('message.created', ({ message }) => {
      for (const id of replyIds(message.metadata)) this.settle(id, message);
    });
  }

  wait(messageId: string, timeoutMs: number): Promise<TMessage | null> {
    return new Promise((resolve) => {
      const w: Waiter = { messageId, resolve };
      this.waiting.set(messageId, [...(this.waiting.get(messageId) ?? []), w]);
      setTimeout(() => this.drop(w), timeoutMs).unref();
      this.timer ??= setInterval(() => void this.poll(), TICK_MS);
    });
  }

  settle(messageId: string, reply: TMessage | null): void {
    const ws = this.waiting.get(messageId);
    if (!ws) return;
    this.waiting.delete(messageId);
    ws.forEach((w) => w.resolve(reply));
    this.stopIfIdle();
  }

  private drop(w: Waiter): void {
    const ws = this.waiting.get(w.messageId)?.filter((x) => x !== w);
    if (ws === undefined) return;
    if (ws.length) this.waiting.set(w.messageId, ws);
    else this.waiting.delete(w.messageId);
    w.resolve(null);
    this.stopIfIdle();
  }

  private stopIfIdle(): void {
    if (this.waiting.size === 0 && this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  private async poll(): Promise<void> {
    const ids = [...this.waiting.keys()];
    if (!ids.length) return;
    const rows = await this.c.prisma.$queryRawUnsafe<Parameters<typeof toMessage>[0][]>(
      `SELECT * FROM "Message" WHERE role IN ('AI', 'SYSTEM') AND "isInternal" = false
         AND "createdAt" > now() - interval '10 minutes' AND metadata->'replyTo' ?| $1::text[]`,
      ids,
    ).catch(() => []);
    for (const row of rows) {
      const msg = toMessage(row);
      for (const id of replyIds(msg.metadata)) this.settle(id, msg);
    }
  }
}

function replyIds(metadata: unknown): string[] {
  const r = (metadata as { replyTo?: unknown } | null)?.replyTo;
  return Array.isArray(r) ? r.filter((x): x is string => typeof x === 'string') : [];
}

const registry = new WeakMap<Container, ReplyWaiters>();

export function replyWaiters(c: Container): ReplyWaiters {
  let w = registry.get(c);
  if (!w) registry.set(c, (w = new ReplyWaiters(c)));
  return w;
}
