import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { THandoffTrigger } from '@convix/shared/contracts';
import { startTestApp, type TestApp } from '../../test/test-app.js';
import { setAiEngine } from '../conversations/ai-engine.js';
import { dashboardSocket, emitAck, makeAgent, makeStore, recorder, sendMessage, startWidget, until, widgetSocket } from '../conversations/test-fixtures.js';
import { updateSettings } from '../stores/settings.service.js';

interface Seen { path: string; auth: string; body: any } // eslint-disable-line @typescript-eslint/no-explicit-any

/** One local server speaking Zendesk, Gorgias and Freshdesk ticket creation. */
async function fakeHelpdesks(): Promise<{ server: Server; url: string; seen: Seen[] }> {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      seen.push({ path: req.url ?? '', auth: req.headers.authorization ?? '', body: JSON.parse(raw || '{}') });
      res.writeHead(201, { 'content-type': 'application/json' });
      if (req.url?.endsWith('/api/v2/tickets.json')) res.end(JSON.stringify({ ticket: { id: 9001 } }));
      else if (req.url?.endsWith('/api/tickets')) res.end(JSON.stringify({ id: 9002 }));
      else res.end(JSON.stringify({ id: 9003 }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen };
}

const basic = (s: string) => `Basic ${Buffer.from(s).toString('base64')}`;

describe('handoff', () => {
  let t: TestApp;
  let hd: Awaited<ReturnType<typeof fakeHelpdesks>>;
  let storeId: string;
  let owner: Awaited<ReturnType<typeof makeStore>>['owner'];
  let forced: THandoffTrigger | null = null;

  before(async () => {
    hd = await fakeHelpdesks();
    t = await startTestApp({
      ZENDESK_BASE_URL: `${hd.url}/zendesk/{subdomain}`, GORGIAS_BASE_URL: `${hd.url}/gorgias/{domain}`, FRESHDESK_BASE_URL: `${hd.url}/freshdesk/{domain}`,
    });
    ({ store: { id: storeId }, owner } = await makeStore(t.c, { knowledge: true, products: true }));
    // The real engine, except when a test forces a trigger.
    setAiEngine(t.c, (real) => async (input) => {
      const r = await real(input);
      if (!forced) return r;
      return { ...r, content: `I'm connecting you with a member of the team (${forced}).`, decision: { ...r.decision, action: 'handoff', trigger: forced }, handoff: { trigger: forced, summary: `Summary for ${forced}` } };
    });
  });
  after(async () => {
    await t.close();
    hd.server.close();
  });

  it('every AI trigger hands off: Handoff row, handoff:triggered, honest shopper message', async () => {
    const dash = await dashboardSocket(t.baseUrl, owner.token, storeId);
    const rec = recorder(dash, ['handoff:triggered']);
    try {
      for (const trigger of ['LOW_CONFIDENCE', 'AMBIGUOUS_INTENT', 'ANGER_DETECTED', 'EXPLICIT_REQUEST', 'HIGH_VALUE_AT_RISK', 'UNRESOLVED_AFTER_3'] as const) {
        forced = trigger;
        const w = await startWidget(t, storeId);
        const res = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Tell me about the Basecamp tent' });
        assert.equal(res.status, 200, trigger);
        assert.equal(res.body.reply.role, 'AI');
        assert.equal(res.body.reply.metadata.trigger, trigger);
        assert.equal(res.body.reply.metadata.handoff.trigger, trigger);
        assert.match(res.body.reply.content, /connecting you/);
        assert.match(res.body.reply.content, /join this chat/); // in hours, live agents
        assert.equal(res.body.conversation.status, 'HANDED_OFF');
        assert.equal(res.body.conversation.handoff.trigger, trigger);
        assert.equal(res.body.conversation.handoff.summary, `Summary for ${trigger}`);
        const ev = await rec.wait('handoff:triggered', (p) => p.conversationId === w.conversation.id);
        assert.equal(ev.handoff.destination, 'LIVE_AGENT');
        assert.equal(ev.handoff.status, 'PENDING');
      }
    } finally {
      forced = null;
      dash.close();
    }
  });

  it('the real engine hands off an explicit request for a person', async () => {
    const w = await startWidget(t, storeId);
    const res = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'I want to talk to a real person please' });
    assert.equal(res.status, 200);
    assert.equal(res.body.conversation.status, 'HANDED_OFF');
    assert.equal(res.body.conversation.handoff.trigger, 'EXPLICIT_REQUEST');
  });

  it('manual handoff from the dashboard (and 409 when already handed off)', async () => {
    const w = await startWidget(t, storeId);
    await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Do you ship to Canada?' });
    const ws = await widgetSocket(t.baseUrl, w.visitorToken, w.conversation.id);
    const wr = recorder(ws, ['message:new', 'conversation:updated']);
    try {
      const res = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/handoff`, { method: 'POST', body: { reason: 'VIP customer' }, token: owner.token });
      assert.equal(res.status, 200);
      assert.equal(res.body.status, 'HANDED_OFF');
      assert.equal(res.body.handoff.trigger, 'MANUAL');
      const m = await wr.wait('message:new', (p) => p.message.role === 'SYSTEM');
      assert.match(m.message.content, /Let me connect you with our team/);
      await wr.wait('conversation:updated', (p) => p.conversation.status === 'HANDED_OFF');
      const again = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/handoff`, { method: 'POST', body: {}, token: owner.token });
      assert.equal(again.status, 409);
      assert.equal(again.body.error.code, 'INVALID_TRANSITION');
    } finally {
      ws.close();
    }
  });

  it('after hours: a ticket plus an ETA; helpdesk tickets use each provider\'s REST shape', async () => {
    const h = new Date().getUTCHours();
    const hours = { businessHoursStart: `${String((h + 2) % 24).padStart(2, '0')}:00`, businessHoursEnd: `${String((h + 3) % 24).padStart(2, '0')}:00` };
    const cases = [
      { helpdesk: { zendesk: { subdomain: 'acme', email: 'ops@acme.test', apiToken: 'zd-token-123456' } }, path: '/zendesk/acme/api/v2/tickets.json', auth: basic('ops@acme.test/token:zd-token-123456'), id: '9001', provider: 'zendesk' },
      { helpdesk: { gorgias: { domain: 'acme', email: 'ops@acme.test', apiKey: 'gg-key-123456' } }, path: '/gorgias/acme/api/tickets', auth: basic('ops@acme.test:gg-key-123456'), id: '9002', provider: 'gorgias' },
      { helpdesk: { freshdesk: { domain: 'acme', apiKey: 'fd-key-123456' } }, path: '/freshdesk/acme/api/v2/tickets', auth: basic('fd-key-123456:X'), id: '9003', provider: 'freshdesk' },
    ];
    for (const k of cases) {
      const { store, owner: o } = await makeStore(t.c, { knowledge: false, settings: hours });
      await updateSettings(t.c, store.id, o.id, { helpdesk: k.helpdesk, businessHoursTimezone: 'UTC' }, '127.0.0.1');
      const w = await startWidget(t, store.id, { customer: { name: 'Ana', email: `ana-${k.provider}@example.com` } });
      await sendMessage(t, store.id, w.visitorToken, { conversationId: w.conversation.id, content: 'Hello' });
      const res = await t.api(`/stores/${store.id}/conversations/${w.conversation.id}/handoff`, { method: 'POST', body: {}, token: o.token });
      assert.equal(res.status, 200);
      const handoff = await until(() => t.c.prisma.handoff.findFirst({ where: { conversationId: w.conversation.id, ticketProvider: k.provider } }), 8000, `${k.provider} ticket`);
      assert.equal(handoff.destination, 'TICKET');
      assert.equal(handoff.ticketExternalId, k.id);
      const req = hd.seen.find((s) => s.path === k.path)!;
      assert.ok(req, `${k.provider} was called`);
      assert.equal(req.auth, k.auth);
      if (k.provider === 'zendesk') {
        assert.equal(req.body.ticket.requester.email, `ana-${k.provider}@example.com`);
        assert.match(req.body.ticket.comment.body, /Customer: Hello/);
      } else if (k.provider === 'gorgias') {
        assert.equal(req.body.customer.email, `ana-${k.provider}@example.com`);
        assert.match(req.body.messages[0].body_text, /Customer: Hello/);
      } else {
        assert.equal(req.body.email, `ana-${k.provider}@example.com`);
        assert.equal(req.body.status, 2);
      }
      const notice = await t.c.prisma.message.findFirstOrThrow({ where: { conversationId: w.conversation.id, role: 'SYSTEM' } });
      assert.match(notice.content, new RegExp(`our team is back at ${(h + 2) % 24}:00 (today|tomorrow) \\(UTC\\)`));
      assert.match(notice.content, /ticket/);
    }
  });

  it('EMAIL destination emails the handoff address (or the owner)', async () => {
    const { store, owner: o } = await makeStore(t.c, { settings: { handoffDestination: 'EMAIL', handoffEmail: 'support@northwind.test' } });
    const w = await startWidget(t, store.id);
    await t.api(`/stores/${store.id}/conversations/${w.conversation.id}/handoff`, { method: 'POST', body: {}, token: o.token });
    const mail = await until(() => t.c.prisma.outboxMessage.findFirst({ where: { storeId: store.id, kind: 'EMAIL' } }), 8000, 'handoff email');
    assert.equal(mail.to, 'support@northwind.test');
    assert.match(mail.subject ?? '', /Handoff: manual/);
    const { store: s2, owner: o2 } = await makeStore(t.c, { settings: { handoffDestination: 'EMAIL' } });
    const w2 = await startWidget(t, s2.id);
    await t.api(`/stores/${s2.id}/conversations/${w2.conversation.id}/handoff`, { method: 'POST', body: {}, token: o2.token });
    const mail2 = await until(() => t.c.prisma.outboxMessage.findFirst({ where: { storeId: s2.id, kind: 'EMAIL' } }), 8000, 'owner email');
    assert.equal(mail2.to, o2.email);
  });

  it('agents: join locks (second agent 409), reply, typing, return to AI, resolve with a learning note', async () => {
    const a = await makeAgent(t.c, storeId, 'AGENT', 'Alex Agent');
    const b = await makeAgent(t.c, storeId, 'AGENT', 'Bea Agent');
    const w = await startWidget(t, storeId);
    await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'I want to talk to a real person please' });
    const sa = await dashboardSocket(t.baseUrl, a.token, storeId);
    const sb = await dashboardSocket(t.baseUrl, b.token, storeId);
    const ws = await widgetSocket(t.baseUrl, w.visitorToken, w.conversation.id);
    const wr = recorder(ws, ['message:new', 'agent:joined', 'typing', 'conversation:updated']);
    const ar = recorder(sa, ['typing', 'message:new']);
    try {
      const joinA = await emitAck(sa, 'agent:join-conversation', { conversationId: w.conversation.id });
      assert.equal(joinA.ok, true, JSON.stringify(joinA));
      assert.equal(joinA.conversation.assignedAgentId, a.id);
      assert.equal((await wr.wait('agent:joined')).agentName, 'Alex Agent');
      const joinB = await emitAck(sb, 'agent:join-conversation', { conversationId: w.conversation.id });
      assert.equal(joinB.ok, false);
      assert.equal(joinB.error.code, 'CONVERSATION_LOCKED');
      const restB = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/join`, { method: 'POST', token: b.token });
      assert.equal(restB.status, 409);
      assert.equal(restB.body.error.code, 'CONVERSATION_LOCKED');
      const replyB = await emitAck(sb, 'agent:message', { conversationId: w.conversation.id, content: 'me too' });
      assert.equal(replyB.error.code, 'CONVERSATION_LOCKED');

      await emitAck(sa, 'typing', { conversationId: w.conversation.id, isTyping: true, name: 'Alex' });
      assert.equal((await wr.wait('typing', (p) => p.actor === 'agent')).isTyping, true);
      await emitAck(ws, 'typing', { conversationId: w.conversation.id, isTyping: true });
      await ar.wait('typing', (p) => p.actor === 'customer');

      const msg = await emitAck(sa, 'agent:message', { conversationId: w.conversation.id, content: 'Hi, Alex here. How can I help?', clientMessageId: 'a-1' });
      assert.equal(msg.ok, true);
      assert.equal((await wr.wait('message:new', (p) => p.message.role === 'AGENT')).message.content, 'Hi, Alex here. How can I help?');
      const dup = await emitAck(sa, 'agent:message', { conversationId: w.conversation.id, content: 'Hi, Alex here. How can I help?', clientMessageId: 'a-1' });
      assert.equal(dup.message.id, msg.message.id);
      const note = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/notes`, { method: 'POST', body: { content: 'internal only' }, token: a.token });
      assert.equal(note.status, 201);
      await ar.wait('message:new', (p) => p.message.id === note.body.id);

      // The shopper talks to the human: no AI turn.
      const s1 = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'Where is my order?' });
      assert.equal(s1.status, 202);

      const back = await t.api(`/stores/${storeId}/conversations/${w.conversation.id}/return-to-ai`, { method: 'POST', token: a.token });
      assert.equal(back.status, 200);
      assert.equal(back.body.status, 'OPEN');
      assert.equal(back.body.assignedAgentId, null);
      const s2 = await sendMessage(t, storeId, w.visitorToken, { conversationId: w.conversation.id, content: 'How long does standard shipping take?' });
      assert.equal(s2.status, 200);
      assert.equal(s2.body.reply.role, 'AI');
      assert.match(s2.body.reply.content, /business days/);

      // B can take it now that nobody holds it, and resolve it teaching the AI.
      const joinB2 = await emitAck(sb, 'agent:join-conversation', { conversationId: w.conversation.id });
      assert.equal(joinB2.ok, true);
      const resolved = await emitAck(sb, 'agent:resolve', { conversationId: w.conversation.id, learningNote: 'Orders ship from Portland.' });
      assert.equal(resolved.ok, true);
      assert.equal(resolved.conversation.status, 'RESOLVED');
      const handoffs = await t.c.prisma.handoff.findMany({ where: { conversationId: w.conversation.id }, orderBy: { createdAt: 'asc' } });
      assert.deepEqual(handoffs.map((h) => [h.trigger, h.status]), [['EXPLICIT_REQUEST', 'RETURNED_TO_AI'], ['MANUAL', 'RESOLVED']]);
      assert.equal(handoffs[1]!.learningNote, 'Orders ship from Portland.');
      assert.equal(handoffs[1]!.agentId, b.id);
      assert.ok(wr.of('message:new').every((p) => !p.message.isInternal), 'no internal note reached the widget');
    } finally {
      sa.close();
      sb.close();
      ws.close();
    }
  });

  it('only one of many concurrent joins wins the lock', async () => {
    const w = await startWidget(t, storeId);
    const agents = await Promise.all(Array.from({ length: 5 }, () => makeAgent(t.c, storeId)));
    const results = await Promise.all(agents.map((a) => t.api(`/stores/${storeId}/conversations/${w.conversation.id}/join`, { method: 'POST', token: a.token })));
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.equal(results.filter((r) => r.status === 409 && r.body.error.code === 'CONVERSATION_LOCKED').length, 4);
    assert.equal(await t.c.prisma.handoff.count({ where: { conversationId: w.conversation.id } }), 1);
  });

  it('dashboard REST: list with filters, search and cursor; detail; status state machine', async () => {
    const { store, owner: o } = await makeStore(t.c, { knowledge: true });
    const ids: string[] = [];
    for (const content of ['Do you ship to Canada?', 'What payment methods do you accept?', 'My parcel with the purple umbrella is late']) {
      const w = await startWidget(t, store.id, { customer: { name: content.includes('umbrella') ? 'Zed Zebra' : 'Sam' } });
      await sendMessage(t, store.id, w.visitorToken, { conversationId: w.conversation.id, content });
      ids.push(w.conversation.id);
    }
    const base = `/stores/${store.id}/conversations`;
    const page1 = await t.api(`${base}?limit=2`, { token: o.token });
    assert.equal(page1.status, 200);
    assert.equal(page1.body.items.length, 2);
    assert.ok(page1.body.nextCursor);
    const page2 = await t.api(`${base}?limit=2&cursor=${page1.body.nextCursor}`, { token: o.token });
    assert.equal(page2.body.items.length, 1);
    assert.equal(page2.body.nextCursor, null);
    assert.deepEqual(new Set([...page1.body.items, ...page2.body.items].map((c: { id: string }) => c.id)), new Set(ids));
    assert.equal((await t.api(`${base}?q=purple%20umbrella`, { token: o.token })).body.items[0].id, ids[2]);
    assert.equal((await t.api(`${base}?q=zebra`, { token: o.token })).body.items.length, 1);
    const handedOff = await t.c.prisma.conversation.count({ where: { storeId: store.id, status: 'HANDED_OFF' } });
    assert.equal((await t.api(`${base}?status=HANDED_OFF`, { token: o.token })).body.items.length, handedOff);
    assert.equal((await t.api(`${base}?status=OPEN`, { token: o.token })).body.items.length, 3 - handedOff);
    assert.equal((await t.api(`${base}?channel=WIDGET&from=2000-01-01T00:00:00Z`, { token: o.token })).body.items.length, 3);
    assert.equal((await t.api(`${base}?sort=lastMessageAt:asc`, { token: o.token })).body.items[0].id, ids[0]);
    assert.equal((await t.api(`${base}?cursor=garbage`, { token: o.token })).status, 400);
    // Another store's member sees nothing of it.
    assert.equal((await t.api(base, { token: owner.token })).status, 404);
    assert.equal((await t.api(`/stores/${storeId}/conversations/${ids[0]}`, { token: owner.token })).status, 404);

    const detail = await t.api(`${base}/${ids[0]}`, { token: o.token });
    assert.equal(detail.status, 200);
    assert.equal(detail.body.customer.name, 'Sam');
    assert.equal(detail.body.messages[1].metadata.action, 'answer');
    assert.ok(detail.body.messages[1].metadata.confidence);

    const patch = (status: string) => t.api(`${base}/${ids[0]}`, { method: 'PATCH', body: { status }, token: o.token });
    assert.equal((await patch('RESOLVED')).body.status, 'RESOLVED');
    const bad = await patch('HANDED_OFF');
    assert.equal(bad.status, 409);
    assert.equal(bad.body.error.code, 'INVALID_TRANSITION');
    assert.equal((await patch('CLOSED')).body.status, 'CLOSED');
    assert.equal((await patch('RESOLVED')).status, 409);
    assert.equal((await patch('OPEN')).body.status, 'OPEN');
    const ho = await patch('HANDED_OFF');
    assert.equal(ho.body.status, 'HANDED_OFF');
    assert.equal(ho.body.handoff.trigger, 'MANUAL');
    assert.equal((await patch('OPEN')).body.status, 'OPEN');
    assert.equal((await patch('NOPE')).status, 400);
  });
});
