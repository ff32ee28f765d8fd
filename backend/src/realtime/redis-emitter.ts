// In a worker process (no Socket.io server), domain events still reach sockets: they are
// published through Redis to whichever API instance holds the socket.
import { Emitter } from '@socket.io/redis-emitter';
import type { Container } from '../container.js';
import { mapEvent } from './event-map.js';
import { SOCKET_IO_KEY } from './socket-server.js';

export function attachRedisEmitter(c: Container): () => void {
  if (!c.redis) return () => undefined;
  const emitter = new Emitter(c.redis, { key: SOCKET_IO_KEY });
  return c.events.onAny((name, payload) => {
    for (const e of mapEvent(name, payload)) emitter.of(e.nsp).to(e.room).emit(e.event, e.payload as never);
  });
}
