// Mail driver: SMTP when SMTP_URL is set (mailpit in docker-compose), otherwise a dev outbox
// that stores each message in OutboxMessage so it can be read from the DB or the API log.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Prisma } from '../db/client.js';
import { logger } from '../lib/logger.js';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  storeId?: string;
  replyTo?: string;
  headers?: Record<string, string>;
}

export interface MailDriver {
  readonly kind: 'smtp' | 'outbox';
  send(msg: MailMessage): Promise<{ id: string }>;
}

export class OutboxMailDriver implements MailDriver {
  readonly kind = 'outbox' as const;
  constructor(private readonly prisma: Prisma) {}

  async send(msg: MailMessage): Promise<{ id: string }> {
    const row = await this.prisma.outboxMessage.create({
      data: {
        kind: 'EMAIL', to: msg.to, subject: msg.subject, body: msg.text, storeId: msg.storeId ?? null,
        payload: { html: msg.html ?? null, replyTo: msg.replyTo ?? null, headers: msg.headers ?? {} },
      },
    });
    logger.info('mail stored in dev outbox', { outboxId: row.id, to: msg.to, subject: msg.subject });
    return { id: row.id };
  }
}

export class SmtpMailDriver implements MailDriver {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;
  constructor(smtpUrl: string, private readonly from: string) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(msg: MailMessage): Promise<{ id: string }> {
    const info = await this.transport.sendMail({
      from: this.from, to: msg.to, subject: msg.subject, text: msg.text, html: msg.html, replyTo: msg.replyTo, headers: msg.headers,
    });
    return { id: String(info.messageId) };
  }
}
