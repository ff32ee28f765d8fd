// Domain events. Services emit them after their transaction commits; the realtime layer (and
// anything else interested) subscribes. Listeners never throw back into the emitter.
import { EventEmitter } from 'node:events';
import type { TConversation, THandoff, TMessage, TTrainingDoc } from '@convix/shared/contracts';
import { logger } from './logger.js';

export interface DomainEventMap {
  'conversation.created': { storeId: string; conversation: TConversation };
  'conversation.updated': { storeId: string; conversation: TConversation };
  'message.created': { storeId: string; conversationId: string; message: TMessage };
  'message.streaming': { storeId: string; conversationId: string; streamId: string; delta: string; done: boolean };
  'handoff.triggered': { storeId: string; conversationId: string; handoff: THandoff; conversation: TConversation };
  'agent.joined': { storeId: string; conversationId: string; agentName: string };
  'typing': { storeId: string; conversationId: string; isTyping: boolean; actor: 'customer' | 'agent' | 'ai'; name?: string };
  'training.progress': { storeId: string; doc: TTrainingDoc };
  'analytics.changed': { storeId: string };
}

export type DomainEventName = keyof DomainEventMap;

export class DomainEvents {
  private readonly emitter = new EventEmitter({ captureRejections: false });

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  emit<K extends DomainEventName>(name: K, payload: DomainEventMap[K]): void {
    for (const listener of this.emitter.listeners(name)) {
      try {
        const r = (listener as (p: DomainEventMap[K]) => unknown)(payload);
        if (r instanceof Promise) r.catch((err) => logger.error('event listener failed', { event: name, err }));
      } catch (err) {
        logger.error('event listener failed', { event: name, err });
      }
    }
  }

  on<K extends DomainEventName>(name: K, listener: (payload: DomainEventMap[K]) => unknown): () => void {
    this.emitter.on(name, listener);
    return () => this.emitter.off(name, listener);
  }

  /** Subscribe to every event (realtime fan-out, tests). */
  onAny(listener: <K extends DomainEventName>(name: K, payload: DomainEventMap[K]) => unknown): () => void {
    const names: DomainEventName[] = [
      'conversation.created', 'conversation.updated', 'message.created', 'message.streaming', 'handoff.triggered',
      'agent.joined', 'typing', 'training.progress', 'analytics.changed',
    ];
    const offs = names.map((n) => this.on(n, (p) => listener(n, p)));
    return () => offs.forEach((off) => off());
  }
}
