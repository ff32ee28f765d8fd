// Socket authentication and the domain-event fan-out, over real HTTP with socket.io-client.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { io as connect, type Socket } from 'socket.io-client';
import { startTestApp, type TestApp } from '../test/test-app.js';
import type { TConversation, TMessage } from '@convix/shared/contracts';

function open(t: TestApp, nsp: string, auth: Record<string, string>): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const s = connect(`${t.baseUrl}${nsp}`, { auth, transports: ['websocket'], reconnection: false });
    s.on('connect', () => resolve(s));
    s.on('connect_error', (err) => {
      s.close();
      reject(err);
    });
  });
}

const next = <T>(s: Socket, event: string, ms = 3000) =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event}`)), ms);
    s.once(event, (p: T) => {
      clearTimeout(timer);
      resolve(p);
    });
  });

describe('realtime layer', () => {
  let t: TestApp;
  let storeId: string;
  let otherStoreId: string;
  let token: string;
  let conversation: TConversation;
  let visitorToken: string;
  const sockets: Socket[] = [];

  before(async () => {
    t = await startTestApp();
    const p = t.c.prisma;
    const user = await p.user.create({ data: { email: 'agent@example.com', name: 'Agent', passwordHash: 'x' } });
    const store = await p.store.create({ data: { name: 'Mine' } });
    const other = await p.store.create({ data: { name: 'Theirs' } });
    storeId = store.id;
    otherStoreId = other.id;
    await p.storeMember.create({ data: { storeId, userId: user.id, email: user.email, role: 'AGENT', acceptedAt: new Date() } });
    token = (await t.c.auth.tokens.sign({ id: user.id, email: user.email })).token;
    const customer = await p.customer.create({ data: { storeId, visitorId: 'visitor-123456' } });
    const conv = await p.conversation.create({ data: { storeId, customerId: customer.id, channel: 'WIDGET' } });
    const now = new Date().toISOString();
    conversation = {
      id: conv.id, storeId, customerId: customer.id, channel: 'WIDGET', status: 'OPEN', assignedAgentId: null, subject: null,
      sentiment: 0, purchaseIntent: 0, cartValue: null, revenueAttributed: 0, unreadCount: 0, lastMessageAt: now, createdAt: now, updatedAt: now,
    };
    visitorToken = await t.c.visitorTokens.sign({ storeId, visitorId: 'visitor-123456', customerId: customer.id });
  });
  after(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  it('refuses dashboard sockets without a valid token or membership', async () => {
    await assert.rejects(open(t, '/dashboard', { token: 'nope', storeId }), /Invalid access token/);
    await assert.rejects(open(t, '/dashboard', { token, storeId: otherStoreId }), /Store not found/);
    await assert.rejects(open(t, '/widget', { visitorToken: 'x', conversationId: conversation.id }), /visitor token/);
  });

  it('fans events out to the store room and the conversation room, never leaking internal notes', async () => {
    const dash = await open(t, '/dashboard', { token, storeId });
    const widget = await open(t, '/widget', { visitorToken, conversationId: conversation.id });
    sockets.push(dash, widget);

    const gotNew = next<{ conversation: TConversation }>(dash, 'conversation:new');
    t.c.events.emit('conversation.created', { storeId, conversation });
    assert.equal((await gotNew).conversation.id, conversation.id);

    const msg = (content: string, isInternal: boolean): TMessage => ({
      id: crypto.randomUUID(), conversationId: conversation.id, role: 'AGENT', content, isInternal, authorId: null,
      clientMessageId: null, metadata: {}, createdAt: new Date().toISOString(),
    });
    const widgetGot: string[] = [];
    widget.on('message:new', (p: { message: TMessage }) => widgetGot.push(p.message.content));
    const dashNote = next<{ message: TMessage }>(dash, 'message:new');
    t.c.events.emit('message.created', { storeId, conversationId: conversation.id, message: msg('internal: refund approved', true) });
    assert.equal((await dashNote).message.content, 'internal: refund approved');
    const widgetReply = next<{ message: TMessage }>(widget, 'message:new');
    t.c.events.emit('message.created', { storeId, conversationId: conversation.id, message: msg('Hi, I can help!', false) });
    assert.equal((await widgetReply).message.content, 'Hi, I can help!');
    assert.deepEqual(widgetGot, ['Hi, I can help!']);
  });

  it('validates client events and acks errors', async () => {
    const dash = await open(t, '/dashboard', { token, storeId });
    sockets.push(dash);
    const bad = await dash.emitWithAck('agent:join-conversation', { conversationId: 'not-a-uuid' });
    assert.equal(bad.ok, false);
    assert.equal(bad.error.code, 'VALIDATION_FAILED');
    const foreign = await dash.emitWithAck('agent:join-conversation', { conversationId: crypto.randomUUID() });
    assert.equal(foreign.error.code, 'NOT_FOUND');
  });
});
