// Forgotten passwords. The request handler only rate-limits and enqueues, so its answer and its
// timing are the same for known and unknown emails; the job does the lookup and the mailing.
import { z } from 'zod';
import type { Container } from '../../container.js';
import { defineJob } from '../../jobs/job.js';
import { AppError } from '../../lib/app-error.js';
import { randomToken, sha256 } from '../../lib/crypto/tokens.js';
import { recordAudit } from '../audit/audit.service.js';
import { hashPassword } from './password.js';
import { revokeAllForUser } from './refresh-tokens.js';

export const RESET_TOKEN_TTL_MS = 60 * 60 * 1000;

export async function requestPasswordReset(c: Container, email: string, ip: string): Promise<void> {
  await c.rateLimits.consume('auth-ip', `forgot:${ip}`);
  await c.rateLimits.consume('auth-email', `forgot:${email}`);
  await c.jobs.enqueue('auth.password-reset-mail', { email });
}

export const passwordResetMailJob = defineJob({
  name: 'auth.password-reset-mail',
  schema: z.object({ email: z.string() }),
  attempts: 3,
  async handler({ email }, { c }) {
    const user = await c.prisma.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
    if (!user) return;
    const token = randomToken(32);
    await c.prisma.passwordResetToken.create({
      data: { userId: user.id, tokenHash: sha256(token), expiresAt: new Date(Date.now() + RESET_TOKEN_TTL_MS) },
    });
    const link = `${c.env.APP_URL}/reset-password?token=${encodeURIComponent(token)}`;
    await c.mail.send({
      to: user.email,
      subject: 'Reset your Convix password',
      text: `Hi ${user.name},\n\nSomeone (hopefully you) asked to reset your Convix password. This link works once, for one hour:\n\n${link}\n\nIf it wasn't you, ignore this email; your password stays as it is.\n`,
    });
  },
});

/** Single use, one hour; success revokes every refresh family (all devices sign in again). */
export async function resetPassword(c: Container, token: string, password: string, ip: string): Promise<void> {
  const row = await c.prisma.passwordResetToken.findUnique({ where: { tokenHash: sha256(token) } });
  const now = new Date();
  const invalid = () => new AppError('TOKEN_INVALID', 'This reset link is invalid or has expired');
  if (!row || row.usedAt || row.expiresAt <= now) throw invalid();
  const passwordHash = await hashPassword(password);
  const ok = await c.prisma.$transaction(async (tx) => {
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return false;
    // Other outstanding links for this user die too: the password they were for is gone.
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data: { passwordHash } });
    await revokeAllForUser(tx, row.userId, 'password_reset');
    await recordAudit(c, { action: 'auth.password_reset', userId: row.userId, ip }, tx);
    return true;
  });
  if (!ok) throw invalid();
}
