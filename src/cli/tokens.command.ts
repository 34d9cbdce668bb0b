import { revokeApiToken } from '../modules/api-token/api-token.service.js';
import { ApiToken } from '../modules/api-token/api-token.entity.js';
import { type Column, type JsonRecord, printDone, printList } from './cli-output.js';
import { commandGroup, enumFlag, limitOf } from './command-group.js';

/** `hub tokens …`: API tokens (never their secret: only its hash is stored), revoked as revokeApiToken does. */

const stateOf = (t: ApiToken, now: Date) =>
  t.revokedAt ? 'revoked' : t.expiresAt && t.expiresAt <= now ? 'expired' : 'live';

const toJson = (t: ApiToken, now = new Date()): JsonRecord => ({
  id: t.id,
  name: t.name,
  state: stateOf(t, now),
  scopes: t.scopes,
  userId: t.user?.id ?? null,
  parentId: t.parentId,
  expiresAt: t.expiresAt ?? null,
  lastUsedAt: t.lastUsedAt ?? null,
  revokedAt: t.revokedAt ?? null,
  createdAt: t.createdAt,
});

const COLUMNS: Column[] = [
  { header: 'ID', key: 'id' },
  { header: 'NAME', key: 'name', max: 30 },
  { header: 'STATE', key: 'state' },
  { header: 'SCOPES', key: 'scopes', max: 40 },
  { header: 'EXPIRES', key: 'expiresAt' },
  { header: 'LAST USED', key: 'lastUsedAt' },
  { header: 'CREATED', key: 'createdAt' },
];

const STATES = ['live', 'revoked', 'expired'] as const;

export const tokensCommand = commandGroup('tokens', {
  list: {
    usage: '[--status live|revoked|expired] [--limit N]',
    summary: 'API tokens, newest first (50 unless --limit)',
    flags: { status: 'string', limit: 'string' },
    async run({ db, values, out }) {
      const state = enumFlag(values, 'status', STATES) ?? null;
      const now = new Date();
      const where =
        state === 'revoked'
          ? { revokedAt: { $ne: null } }
          : state === 'expired'
            ? { revokedAt: null, expiresAt: { $lte: now } }
            : state === 'live'
              ? { revokedAt: null, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] }
              : {};
      const limit = limitOf(values);
      const rows = await db((em) => em.find(ApiToken, where, { orderBy: { id: 'desc' }, limit }));
      printList(
        out,
        rows.map((t) => toJson(t, now)),
        COLUMNS,
      );
    },
  },
  revoke: {
    usage: 'ID',
    summary: 'revoke a token and every token it made; every running instance refuses them within a second',
    takesId: true,
    async run({ db, id, out }) {
      const token = await db((em) => revokeApiToken(em, id));
      printDone(out, toJson(token), `revoked API token "${token.name}" (${token.id}) and the tokens it made`);
    },
  },
});
