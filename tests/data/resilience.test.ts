import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { retryAfterMs } from '../../src/app/failures';
import { DEFAULT_RETRY_POLICY, retryDelayMs, RetryPolicy, sendWithRetry } from '../../src/data/resilience';

const policy: RetryPolicy = { maxAttempts: 4, baseDelayMs: 10, maxDelayMs: 3000, maxTotalWaitMs: 5000, attemptTimeoutMs: 1000 };

/** A server that answers each request with the next scripted reply; 'drop' ends the connection without an answer. */
async function scripted(replies: Array<{ status: number; retryAfter?: string } | 'drop' | 'hang'>): Promise<{ url: string; server: Server; calls: () => number }> {
  let calls = 0;
  const server = createServer((req, res) => {
    const reply = replies[Math.min(calls, replies.length - 1)];
    calls += 1;
    if (reply === 'drop') return void req.socket.destroy();
    if (reply === 'hang') return;
    res.writeHead(reply.status, reply.retryAfter === undefined ? {} : { 'Retry-After': reply.retryAfter });
    res.end(String(reply.status));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server, calls: () => calls };
}

async function closed(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
}

describe('retry timing', () => {
  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('2')).toBe(2000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:05 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(5000);
    expect(retryAfterMs(undefined)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });

  it('waits what the server says, else backs off exponentially with jitter up to the cap', () => {
    expect(retryDelayMs(3, 1500, DEFAULT_RETRY_POLICY)).toBe(1500);
    expect(retryDelayMs(1, undefined, DEFAULT_RETRY_POLICY, () => 0)).toBe(150);
    expect(retryDelayMs(3, undefined, DEFAULT_RETRY_POLICY, () => 1)).toBe(1200);
    expect(retryDelayMs(20, undefined, DEFAULT_RETRY_POLICY, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxDelayMs);
  });
});

describe('sendWithRetry', () => {
  it('rides out throttling and dropped connections', async () => {
    const { url, server, calls } = await scripted([{ status: 429, retryAfter: '0' }, 'drop', { status: 503 }, { status: 200 }]);
    try {
      const response = await sendWithRetry(url, { method: 'GET' }, policy);
      expect(response.status).toBe(200);
      expect(calls()).toBe(4);
    } finally {
      await closed(server);
    }
  });

  it('honours Retry-After', async () => {
    const { url, server } = await scripted([{ status: 429, retryAfter: '1' }, { status: 200 }]);
    try {
      const started = Date.now();
      expect((await sendWithRetry(url, { method: 'GET' }, policy)).status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    } finally {
      await closed(server);
    }
  });

  it('hands a throttling answer back instead of waiting longer than the policy allows', async () => {
    const { url, server, calls } = await scripted([{ status: 429, retryAfter: '120' }]);
    try {
      expect((await sendWithRetry(url, { method: 'GET' }, policy)).status).toBe(429);
      expect(calls()).toBe(1);
    } finally {
      await closed(server);
    }
  });

  it('stops after the last attempt, with the network error when there never was an answer', async () => {
    const { url, server, calls } = await scripted(['drop']);
    try {
      await expect(sendWithRetry(url, { method: 'GET' }, policy)).rejects.toThrow(TypeError);
      expect(calls()).toBe(policy.maxAttempts);
    } finally {
      await closed(server);
    }
  });

  it('treats a connection that hangs past the deadline as dropped', async () => {
    const { url, server, calls } = await scripted(['hang', { status: 200 }]);
    try {
      expect((await sendWithRetry(url, { method: 'GET' }, { ...policy, attemptTimeoutMs: 200 })).status).toBe(200);
      expect(calls()).toBe(2);
    } finally {
      await closed(server);
    }
  });

  it('does not retry what the server refused for good', async () => {
    const { url, server, calls } = await scripted([{ status: 412 }]);
    try {
      expect((await sendWithRetry(url, { method: 'POST', body: '{}' }, policy)).status).toBe(412);
      expect(calls()).toBe(1);
    } finally {
      await closed(server);
    }
  });
});
