// Maps domain events to Socket.io emits (namespace, room, event, payload). Pure, so the same
// mapping serves the API's io server and a worker's Redis emitter.
import type { DomainEventMap, DomainEventName } from '../lib/events.js';

export const rooms = {
  store: (storeId: string) => `store:${storeId}`,
  conversation: (conversationId: string) => `conv:${conversationId}`,
};

export interface Emit {
  nsp: '/dashboard' | '/widget';
  room: string;
  event: string;
  payload: unknown;
}

export function mapEvent<K extends DomainEventName>(name: K, p: DomainEventMap[K]): Emit[] {
  const e = p as DomainEventMap[DomainEventName] & { storeId: string };
  switch (name) {
    case 'conversation.created': {
      const { conversation } = p as DomainEventMap['conversation.created'];
      return [{ nsp: '/dashboard', room: rooms.store(e.storeId), event: 'conversation:new', payload: { conversation } }];
    }
    case 'conversation.updated': {
      const { conversation } = p as DomainEventMap['conversation.updated'];
      return [
        { nsp: '/dashboard', room: rooms.store(e.storeId), event: 'conversation:updated', payload: { conversation } },
        { nsp: '/widget', room: rooms.conversation(conversation.id), event: 'conversation:updated', payload: { conversation } },
      ];
    }
    case 'message.created': {
      const { conversationId, message } = p as DomainEventMap['message.created'];
      const out: Emit[] = [{ nsp: '/dashboard', room: rooms.store(e.storeId), event: 'message:new', payload: { conversationId, message } }];
      // Internal notes never reach the shopper.
      if (!message.isInternal) out.push({ nsp: '/widget', room: rooms.conversation(conversationId), event: 'message:new', payload: { conversationId, message } });
      return out;
    }
    case 'message.streaming': {
      const { conversationId, streamId, delta, done } = p as DomainEventMap['message.streaming'];
      return [{ nsp: '/widget', room: rooms.conversation(conversationId), event: 'message:streaming', payload: { conversationId, streamId, delta, done } }];
    }
    case 'handoff.triggered': {
      const { conversationId, handoff, conversation } = p as DomainEventMap['handoff.triggered'];
      return [{ nsp: '/dashboard', room: rooms.store(e.storeId), event: 'handoff:triggered', payload: { conversationId, handoff, conversation } }];
    }
    case 'agent.joined': {
      const { conversationId, agentName } = p as DomainEventMap['agent.joined'];
      return [{ nsp: '/widget', room: rooms.conversation(conversationId), event: 'agent:joined', payload: { conversationId, agentName } }];
    }
    case 'typing': {
      const { conversationId, isTyping, actor, name: who } = p as DomainEventMap['typing'];
      const payload = { conversationId, isTyping, actor, name: who };
      return actor === 'customer'
        ? [{ nsp: '/dashboard', room: rooms.conversation(conversationId), event: 'typing', payload }]
        : [{ nsp: '/widget', room: rooms.conversation(conversationId), event: 'typing', payload }];
    }
    case 'training.progress': {
      const { doc } = p as DomainEventMap['training.progress'];
      return [{ nsp: '/dashboard', room: rooms.store(e.storeId), event: 'training:progress', payload: { doc } }];
    }
    case 'analytics.changed':
      return [{ nsp: '/dashboard', room: rooms.store(e.storeId), event: 'analytics:update', payload: { storeId: e.storeId, at: new Date().toISOString() } }];
    default:
      return [];
  }
}
