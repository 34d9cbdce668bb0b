import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../config.js';
import type { Logger } from '../observability/logger.js';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends e-mail through SMTP_URL. Without one, each e-mail is written to a file
 * of its own in MAIL_DIR, readable by the hub's user only, so a developer can
 * still act on it; the log gets its recipient, subject and file, never its text
 * (a verification token is a credential).
 */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}

export function createMailer(
  { smtpUrl, mailFrom, mailDir }: Pick<Config, 'smtpUrl' | 'mailFrom' | 'mailDir'>,
  logger: Logger,
): Mailer {
  if (!smtpUrl) return fileMailer(mailFrom, logger, mailDir);
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from: mailFrom, ...mail });
    },
  };
}

function fileMailer(from: string, logger: Logger, mailDir: string): Mailer {
  const dir = resolve(mailDir);
  return {
    async send(mail) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      // Sortable by time, unique without a lock; `wx`: never through an existing file or link.
      const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`);
      const message = [`From: ${from}`, `To: ${mail.to}`, `Subject: ${mail.subject}`, '', mail.text].join('\n');
      await writeFile(file, message, { mode: 0o600, flag: 'wx' });
      logger.info(
        { mail: { to: mail.to, subject: mail.subject, file } },
        'e-mail not sent (no SMTP_URL): written to a file',
      );
    },
  };
}
