import WebSocket from 'ws';
import { issueToken, revokeApiToken } from '../../src/modules/api-token/api-token.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';

/** Opens a graphql-ws socket and sends connection_init; resolves with how the server answered. */
function connect(hub: TestHub, authorization?: string) {
  const socket = new WebSocket(`${hub.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const answered = new Promise<'ack' | 'closed'>((resolve, reject) => {
    socket.once('error', reject);
    socket.on('message', (data) => {
      if ((JSON.parse(data.toString()) as { type: string }).type === 'connection_ack') resolve('ack');
    });
    void closed.then(() => resolve('closed'));
  });
  socket.once('open', () =>
    socket.send(JSON.stringify({ type: 'connection_init', payload: authorization ? { authorization } : {} })),
  );
  return { socket, closed, answered };
}

describe('graphql-ws authentication', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('socket_auth');
  });
  afterAll(() => hub.close());

  it('closes a connection without a token, or with a bad one, with 4401 before any operation', async () => {
    const none = connect(hub);
    expect(await none.answered).toBe('closed');
    expect(await none.closed).toMatchObject({ code: 4401, reason: expect.stringMatching(/authorization/) });
    const bad = connect(hub, 'Bearer osh_nope');
    expect(await bad.answered).toBe('closed');
    expect(await bad.closed).toEqual({ code: 4401, reason: 'This API token is not valid.' });
  });

  it('accepts a valid token, and ends the connection once the token is revoked or expires', async () => {
    const em = hub.app.orm.em.fork();
    const revoked = await issueToken(em, { name: 'ws revoked', scopes: ['sync:read'] });
    const expiring = await issueToken(em, {
      name: 'ws expiring',
      scopes: ['sync:read'],
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const kept = await issueToken(em, { name: 'ws kept', scopes: ['sync:read'] });
    const a = connect(hub, `Bearer ${revoked.token}`);
    const b = connect(hub, `Bearer ${expiring.token}`);
    const c = connect(hub, `Bearer ${kept.token}`);
    expect(await Promise.all([a.answered, b.answered, c.answered])).toEqual(['ack', 'ack', 'ack']);

    await revokeApiToken(em, revoked.apiToken.id);
    await em
      .getConnection()
      .execute(`update api_token set expires_at = now() - interval '1 second' where id = ?`, [expiring.apiToken.id]);
    await hub.app.socketAuth.sweep(); // runs every 30 s on its own
    expect(await a.closed).toEqual({ code: 4403, reason: 'This API token was revoked.' });
    expect(await b.closed).toMatchObject({ code: 4403, reason: expect.stringMatching(/^This API token expired at /) });
    expect(c.socket.readyState).toBe(WebSocket.OPEN);
    c.socket.close();
  });
});
