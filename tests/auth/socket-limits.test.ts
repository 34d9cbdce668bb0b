import { issueToken } from '../../src/modules/api-token/api-token.service.js';
import { startTestHub, type TestHub } from '../support/hub.js';
import { until } from '../support/until.js';
import { connectSocket } from './socket.js';

const ON_FAILURE = 'subscription { syncFailureChanged { externalId } }';

describe('graphql-ws caps', () => {
  let hub: TestHub;
  beforeAll(async () => {
    hub = await startTestHub('socket_limits', {
      env: { WS_MAX_SOCKETS_PER_TOKEN: '2', WS_MAX_SUBSCRIPTIONS_PER_SOCKET: '2' },
    });
  });
  afterAll(() => hub.close());

  const token = async (name: string) =>
    (await issueToken(hub.app.orm.em.fork(), { name, scopes: ['sync:read'] })).token;

  it('refuses a socket beyond WS_MAX_SOCKETS_PER_TOKEN with 4429 naming the cap, and takes one again once a socket closes', async () => {
    const bearer = `Bearer ${await token('many sockets')}`;
    const first = connectSocket(hub, bearer);
    const second = connectSocket(hub, bearer);
    expect(await Promise.all([first.answered, second.answered])).toEqual(['ack', 'ack']);
    const third = connectSocket(hub, bearer);
    expect(await third.answered).toBe('closed');
    expect(await third.closed).toEqual({
      code: 4429,
      reason: 'This token already holds 2 sockets (WS_MAX_SOCKETS_PER_TOKEN); close one first.',
    });
    // Another token is not affected.
    const other = connectSocket(hub, `Bearer ${await token('other sockets')}`);
    expect(await other.answered).toBe('ack');

    first.socket.close();
    await first.closed;
    const again = connectSocket(hub, bearer);
    expect(await again.answered).toBe('ack');
    for (const s of [second, other, again]) s.socket.close();
    await Promise.all([second.closed, other.closed, again.closed]);
  });

  it('refuses a subscription beyond WS_MAX_SUBSCRIPTIONS_PER_SOCKET with an error naming the cap', async () => {
    const ws = connectSocket(hub, `Bearer ${await token('many subscriptions')}`);
    expect(await ws.answered).toBe('ack');
    ws.subscribe('a', ON_FAILURE);
    ws.subscribe('b', ON_FAILURE);
    ws.subscribe('c', ON_FAILURE);
    const answer = (id: string) => ws.messages.find((m) => m.id === id);
    await until(() => answer('c'), Boolean, 'an answer to the third subscription');
    expect(answer('c')).toEqual({
      id: 'c',
      type: 'error',
      payload: [
        {
          message:
            'This socket already runs 2 operations (WS_MAX_SUBSCRIPTIONS_PER_SOCKET): ' +
            'complete one, or open another socket, before starting more.',
          extensions: { code: 'RATE_LIMITED', maxSubscriptionsPerSocket: 2 },
        },
      ],
    });
    expect(answer('a')).toBeUndefined();
    expect(answer('b')).toBeUndefined();

    // Completing one makes room for another (the server handles a socket's messages in order).
    ws.socket.send(JSON.stringify({ id: 'a', type: 'complete' }));
    ws.subscribe('d', '{ __typename }');
    await until(() => answer('d'), Boolean, 'an answer to the query after a completion');
    expect(answer('d')).toEqual({ id: 'd', type: 'next', payload: { data: { __typename: 'Query' } } });
    ws.socket.close();
    await ws.closed;
  });
});
