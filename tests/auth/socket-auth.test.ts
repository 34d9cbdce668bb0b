import { jest } from '@jest/globals';
import type { MikroORM } from '@mikro-orm/postgresql';
import WebSocket from 'ws';
import { SocketAuth } from '../../src/auth/socket-auth.js';
import { loadConfig } from '../../src/config.js';
import { issueToken, revokeApiToken } from '../../src/modules/api-token/api-token.service.js';
import { EntityType, FailureSource } from '../../src/domain/enums.js';
import { recordSyncFailure } from '../../src/modules/sync-failure/sync-failure.service.js';
import { createLogger } from '../../src/observability/logger.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { connectSocket } from './socket.js';

const ON_FAILURE = 'subscription { syncFailureChanged { externalId } }';

describe('graphql-ws authentication', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('socket_auth');
  });
  afterAll(() => hub.close());

  it('closes a connection without a token, or with a bad one, with 4401 before any operation', async () => {
    const none = connectSocket(hub);
    expect(await none.answered).toBe('closed');
    expect(await none.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/authorization/) });
    const bad = connectSocket(hub, 'Bearer osh_nope');
    expect(await bad.answered).toBe('closed');
    expect(await bad.closed).toEqual({ code: 4401, reason: 'This API token is not valid.' });
  });

  it('ends the live subscriptions of a token once it is revoked or expires, and keeps the others', async () => {
    const em = hub.app.orm.em.fork();
    const revoked = await issueToken(em, { name: 'ws revoked', scopes: ['sync:read'] });
    const expiring = await issueToken(em, {
      name: 'ws expiring',
      scopes: ['sync:read'],
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const kept = await issueToken(em, { name: 'ws kept', scopes: ['sync:read'] });
    const sockets = [revoked, expiring, kept].map((t) => connectSocket(hub, `Bearer ${t.token}`));
    expect(await Promise.all(sockets.map((s) => s.answered))).toEqual(['ack', 'ack', 'ack']);
    const [a, b, c] = sockets as [(typeof sockets)[0], (typeof sockets)[0], (typeof sockets)[0]];

    // Each socket has a live subscription: it receives events.
    for (const s of sockets) s.subscribe('failures', ON_FAILURE);
    const failure = (externalId: string) =>
      recordSyncFailure(hub.app.orm.em.fork(), {
        entityType: EntityType.PRODUCT,
        externalId,
        source: FailureSource.ODOO,
        errorMessage: 'test',
      });
    const seen = (s: (typeof sockets)[0], externalId: string) =>
      s.messages.some(
        (m) =>
          m.type === 'next' &&
          (m.payload as { data?: { syncFailureChanged?: { externalId: string } } }).data?.syncFailureChanged
            ?.externalId === externalId,
      );
    for (let i = 0; ; i++) {
      await failure(`live-${i}`);
      await new Promise((r) => setTimeout(r, 50));
      if (sockets.every((s) => seen(s, `live-${i}`))) break;
      if (i > 100) throw new Error('the subscriptions did not go live');
    }

    await revokeApiToken(em, revoked.apiToken.id);
    await em
      .getConnection()
      .execute(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [expiring.apiToken.id]);
    await hub.app.socketAuth.sweep(); // what the timer does every 10 s (see the last test)
    expect(await a.closed).toEqual({ code: 4403, reason: 'This API token was revoked.' });
    expect(await b.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/^This API token expired at /) });

    // The kept token's subscription goes on.
    await failure('after');
    for (let i = 0; i < 100 && !seen(c, 'after'); i++) await new Promise((r) => setTimeout(r, 50));
    expect(seen(c, 'after')).toBe(true);
    expect([seen(a, 'after'), seen(b, 'after')]).toEqual([false, false]);
    expect(c.socket.readyState).toBe(WebSocket.OPEN);
    c.socket.close();
  });
});

describe('SocketAuth sweep', () => {
  afterEach(() => jest.useRealTimers());

  it('re-checks the tokens of open sockets on its own every WS_AUTH_RECHECK_SECONDS (10 s by default)', () => {
    jest.useFakeTimers();
    const auth = new SocketAuth({} as MikroORM, createLogger('silent'), loadConfig({}).wsAuthRecheckMs);
    const sweep = jest.spyOn(auth, 'sweep').mockResolvedValue(undefined);
    try {
      jest.advanceTimersByTime(9_999);
      expect(sweep.mock.calls.length).toBe(0);
      jest.advanceTimersByTime(1);
      expect(sweep.mock.calls.length).toBe(1);
      jest.advanceTimersByTime(50_000);
      expect(sweep.mock.calls.length).toBe(6);
      auth.stop();
      jest.advanceTimersByTime(600_000);
      const calls = sweep.mock.calls.length;
      jest.advanceTimersByTime(600_000);
      expect(sweep.mock.calls.length).toBe(calls);
    } finally {
      auth.stop();
    }
  });
});
