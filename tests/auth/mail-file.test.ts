import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { graphql } from '../gql/index.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';

const MailAddDomain = graphql(`
  mutation MailAddDomain($domain: String!) {
    addAllowedDomain(domain: $domain) {
      id
    }
  }
`);
const MailRegister = graphql(`
  mutation MailRegister($email: String!, $password: String!) {
    registerUser(email: $email, password: $password) {
      id
    }
  }
`);
const MailVerify = graphql(`
  mutation MailVerify($token: String!) {
    verifyEmail(token: $token) {
      isVerified
    }
  }
`);

describe('e-mail without SMTP_URL', () => {
  let hub: TestHub;
  let dir: string;
  const lines: string[] = [];

  beforeAll(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'hub-mail-')), 'mail');
    const sink = new Writable({
      write(chunk, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    // No mailer given: the hub's own, as in a deployment without SMTP_URL.
    hub = await startTestHub('mail_file', { env: { MAIL_DIR: dir }, logger: createLogger('trace', {}, sink) });
  });
  afterAll(async () => {
    await hub.close();
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('writes each e-mail to its own owner-only file and logs only recipient, subject and file', async () => {
    await hub.request(MailAddDomain, { domain: 'shop.example' });
    const reg = await hub.request(
      MailRegister,
      { email: 'dana@shop.example', password: 'long enough password' },
      { token: null },
    );
    expect(reg.errors).toBeUndefined();

    const files = await readdir(dir);
    expect(files).toEqual([expect.stringMatching(/\.eml$/)]);
    const file = join(dir, files[0]!);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(dir)).mode & 0o777).toBe(0o700);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^From: .*\nTo: dana@shop.example\nSubject: Verify your e-mail/);
    const token = /usable once\):\n\n(\S+)/.exec(text)![1]!;
    // The token in the file is the real one.
    const verified = await hub.request(MailVerify, { token }, { token: null });
    expect(verified.data!.verifyEmail.isVerified).toBe(true);

    const mailLines = lines.filter((l) => l.includes('e-mail not sent'));
    expect(mailLines).toHaveLength(1);
    expect(JSON.parse(mailLines[0]!)).toMatchObject({
      mail: { to: 'dana@shop.example', subject: 'Verify your e-mail for odoo-sync-hub', file },
    });
    expect(lines.filter((l) => l.includes(token))).toEqual([]);
  });
});
