// Team management over real HTTP: invitations through the mail outbox, acceptance, role
// changes and removals with the OWNER/ADMIN guards and the last-owner rule.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { addMember, lastMailTo, signUp, storeWithTeam, tokenFromMail, uniqueEmail } from '../../test/merchants.js';
import { startTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp;
before(async () => {
  t = await startTestApp({ RATE_LIMIT_DISABLED: 'true' });
});
after(() => t.close());

describe('invitations', () => {
  it('invites by email, mails an APP_URL link, and the matching user accepts', async () => {
    const { admin, store } = await storeWithTeam(t);
    const email = uniqueEmail('invitee');
    const res = await t.api(`/stores/${store.id}/members/invite`, { body: { email: email.toUpperCase(), role: 'AGENT' }, token: admin.token });
    assert.equal(res.status, 201);
    assert.equal(res.body.member.status, 'INVITED');
    assert.equal(res.body.member.email, email);
    const mail = await lastMailTo(t, email);
    assert.ok(mail);
    const token = tokenFromMail(mail.body, '/invite');
    assert.ok(mail.body.includes(`${t.env.APP_URL}/invite?token=`));
    assert.equal(res.body.invitationUrl, `${t.env.APP_URL}/invite?token=${token}`);

    const stranger = await signUp(t);
    const wrong = await t.api('/invitations/accept', { body: { token }, token: stranger.token });
    assert.equal(wrong.status, 403);
    const invitee = await signUp(t, { email });
    const ok = await t.api('/invitations/accept', { body: { token }, token: invitee.token });
    assert.equal(ok.status, 200);
    assert.equal(ok.body.store.id, store.id);
    assert.equal(ok.body.member.status, 'ACTIVE');
    assert.equal(ok.body.member.role, 'AGENT');
    assert.equal((await t.api(`/stores/${store.id}`, { token: invitee.token })).status, 200);
    assert.equal((await t.api('/invitations/accept', { body: { token }, token: invitee.token })).status, 401, 'single use');
    const list = await t.api(`/stores/${store.id}/members`, { token: invitee.token });
    assert.equal(list.body.items.length, 4);
  });

  it('an invited-but-not-accepted member cannot use the store; expired invitations are refused', async () => {
    const { owner, store } = await storeWithTeam(t);
    const email = uniqueEmail('late');
    const invitee = await signUp(t, { email });
    const res = await t.api(`/stores/${store.id}/members/invite`, { body: { email, role: 'ADMIN' }, token: owner.token });
    assert.equal((await t.api(`/stores/${store.id}`, { token: invitee.token })).status, 404);
    await t.c.prisma.storeMember.update({ where: { id: res.body.member.id }, data: { invitationExpiresAt: new Date(Date.now() - 1000) } });
    const members = await t.api(`/stores/${store.id}/members`, { token: owner.token });
    assert.equal(members.body.items.find((m: { id: string }) => m.id === res.body.member.id).status, 'EXPIRED');
    const token = tokenFromMail((await lastMailTo(t, email))!.body, '/invite');
    assert.equal((await t.api('/invitations/accept', { body: { token }, token: invitee.token })).status, 401);
    // Re-inviting issues a fresh link that works.
    await t.api(`/stores/${store.id}/members/invite`, { body: { email, role: 'ADMIN' }, token: owner.token });
    const fresh = tokenFromMail((await lastMailTo(t, email))!.body, '/invite');
    assert.notEqual(fresh, token);
    assert.equal((await t.api('/invitations/accept', { body: { token: fresh }, token: invitee.token })).status, 200);
  });

  it('rejects inviting an OWNER, an existing member, bad emails; agents cannot invite', async () => {
    const { owner, admin, agent, store } = await storeWithTeam(t);
    assert.equal((await t.api(`/stores/${store.id}/members/invite`, { body: { email: uniqueEmail(), role: 'OWNER' }, token: owner.token })).status, 400);
    assert.equal((await t.api(`/stores/${store.id}/members/invite`, { body: { email: 'nope', role: 'AGENT' }, token: owner.token })).status, 400);
    const dup = await t.api(`/stores/${store.id}/members/invite`, { body: { email: admin.email, role: 'AGENT' }, token: owner.token });
    assert.equal(dup.status, 409);
    assert.equal((await t.api(`/stores/${store.id}/members/invite`, { body: { email: uniqueEmail(), role: 'AGENT' }, token: agent.token })).status, 403);
    assert.equal((await t.api('/invitations/accept', { body: { token: 'short' }, token: owner.token })).status, 400);
  });
});

describe('roles and removal', () => {
  it('owners change roles (audited); admins cannot touch owners or mint owners', async () => {
    const { owner, admin, agent, store } = await storeWithTeam(t);
    const up = await t.api(`/stores/${store.id}/members/${agent.memberId}`, { method: 'PATCH', body: { role: 'ADMIN' }, token: owner.token });
    assert.equal(up.status, 200);
    assert.equal(up.body.role, 'ADMIN');
    const audit = await t.c.prisma.auditLog.findFirst({ where: { action: 'member.role_changed', targetId: agent.memberId } });
    assert.deepEqual(audit?.metadata, { from: 'AGENT', to: 'ADMIN' });
    const ownerRow = await t.c.prisma.storeMember.findFirstOrThrow({ where: { storeId: store.id, role: 'OWNER' } });
    assert.equal((await t.api(`/stores/${store.id}/members/${ownerRow.id}`, { method: 'PATCH', body: { role: 'AGENT' }, token: admin.token })).status, 403);
    assert.equal((await t.api(`/stores/${store.id}/members/${ownerRow.id}`, { method: 'DELETE', token: admin.token })).status, 403);
    assert.equal((await t.api(`/stores/${store.id}/members/${agent.memberId}`, { method: 'PATCH', body: { role: 'OWNER' }, token: admin.token })).status, 403);
    assert.equal((await t.api(`/stores/${store.id}/members/${agent.memberId}`, { method: 'PATCH', body: { role: 'AGENT' }, token: admin.token })).status, 200);
    assert.equal((await t.api(`/stores/${store.id}/members/${admin.memberId}`, { method: 'PATCH', body: { role: 'KING' }, token: owner.token })).status, 400);
  });

  it('never demotes or removes the last owner, but allows it once another owner exists', async () => {
    const { owner, store } = await storeWithTeam(t);
    const ownerRow = await t.c.prisma.storeMember.findFirstOrThrow({ where: { storeId: store.id, userId: owner.userId } });
    const demote = await t.api(`/stores/${store.id}/members/${ownerRow.id}`, { method: 'PATCH', body: { role: 'ADMIN' }, token: owner.token });
    assert.equal(demote.status, 409);
    assert.equal((await t.api(`/stores/${store.id}/members/${ownerRow.id}`, { method: 'DELETE', token: owner.token })).status, 409);
    const second = await addMember(t, store.id, 'OWNER');
    assert.equal((await t.api(`/stores/${store.id}/members/${ownerRow.id}`, { method: 'PATCH', body: { role: 'ADMIN' }, token: second.token })).status, 200);
    assert.equal((await t.api(`/stores/${store.id}/members/${second.memberId}`, { method: 'DELETE', token: second.token })).status, 409);
  });

  it('removes members (audited) and 404s members of other stores', async () => {
    const { owner, agent, store } = await storeWithTeam(t);
    const elsewhere = await storeWithTeam(t);
    assert.equal((await t.api(`/stores/${store.id}/members/${elsewhere.agent.memberId}`, { method: 'DELETE', token: owner.token })).status, 404);
    assert.equal((await t.api(`/stores/${store.id}/members/${agent.memberId}`, { method: 'DELETE', token: owner.token })).status, 204);
    assert.equal((await t.api(`/stores/${store.id}`, { token: agent.token })).status, 404);
    assert.ok(await t.c.prisma.auditLog.findFirst({ where: { action: 'member.removed', targetId: agent.memberId } }));
    assert.equal((await t.api(`/stores/${store.id}/members/not-a-uuid`, { method: 'DELETE', token: owner.token })).status, 400);
  });
});
