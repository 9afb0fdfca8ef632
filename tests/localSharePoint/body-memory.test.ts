/**
 * A 300 MB request body, once with Content-Length and once chunked without it, sent to a local SharePoint in
 * a child process (node local/server/cli.ts): each is refused with 413, and the server's peak resident memory
 * (VmHWM in /proc/<pid>/status, Linux) grows by less than 50 MB, because nothing past the 1 MiB limit is read.
 */
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { startServerProcess } from './sharePointClient.ts';

const BODY_BYTES = 300 * 1024 * 1024;
const CHUNK = Buffer.alloc(1024 * 1024, 0x61);

let server: Awaited<ReturnType<typeof startServerProcess>>;
let port: number;

function peakResidentMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((entry) => entry.startsWith('VmHWM:'));
  if (!line) throw new Error('No VmHWM in /proc status');
  return Number(/\d+/.exec(line)?.[0]) / 1024;
}

beforeAll(async () => {
  server = await startServerProcess(['--port', '0', '--memory']);
  port = server.port;
});

afterAll(() => server.stop());

/**
 * Sends a request head and then up to 300 MB of body, with backpressure, until the server answers or closes;
 * returns the status line's code and how many body bytes the socket accepted.
 */
function sendHugeBody(chunked: boolean): Promise<{ status: number; sent: number }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let sent = 0;
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
      if (Number.isNaN(status)) reject(new Error(`No answer after ${sent} bytes: ${answer.slice(0, 200)}`));
      else resolve({ status, sent });
    };
    socket.on('data', (data: Buffer) => {
      answer += data.toString('latin1');
      if (answer.includes('\r\n\r\n')) finish();
    });
    socket.on('error', finish);
    socket.on('close', finish);
    socket.on('connect', () => {
      const length = chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${BODY_BYTES}`;
      socket.write(
        `POST /sites/mr/_api/web/lists/getByTitle('Loggar')/items HTTP/1.1\r\nHost: localhost:${port}\r\nX-MR-Local-User: editor\r\n` +
          `Content-Type: application/json\r\n${length}\r\n\r\n`
      );
      const pump = (): void => {
        while (sent < BODY_BYTES) {
          // A refusal (finish) may arrive between writes: stop sending then.
          if (done) return;
          const piece = chunked ? Buffer.concat([Buffer.from(`${CHUNK.length.toString(16)}\r\n`), CHUNK, Buffer.from('\r\n')]) : CHUNK;
          sent += CHUNK.length;
          if (!socket.write(piece)) return void socket.once('drain', pump);
        }
        if (!done && chunked) socket.write('0\r\n\r\n');
      };
      pump();
    });
  });
}

async function answersNormally(): Promise<number> {
  const response = await fetch(`http://localhost:${port}/sites/mr/_api/web`, { headers: { Accept: 'application/json', 'X-MR-Local-User': 'reader' } });
  return response.status;
}

test.each([
  ['with Content-Length', false],
  ['chunked, without Content-Length', true],
])('a 300 MB body %s is refused with 413 and barely moves the server’s memory', async (_name, chunked) => {
  expect(await answersNormally()).toBe(200);
  const pid = server.child.pid as number;
  const before = peakResidentMegabytes(pid);
  const { status, sent } = await sendHugeBody(chunked);
  const after = peakResidentMegabytes(pid);
  console.log(`300 MB body ${chunked ? 'chunked' : 'with Content-Length'}: ${status} after ${(sent / 1024 / 1024).toFixed(0)} MB written by the client; server peak RSS ${before.toFixed(1)} → ${after.toFixed(1)} MB`);
  expect(status).toBe(413);
  expect(after - before).toBeLessThan(50);
  expect(await answersNormally()).toBe(200);
});
