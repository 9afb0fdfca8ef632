/** Command-line options of the local SharePoint: --port --host --data --memory --latency --fail-rate. */
import { parseArgs } from 'node:util';
import { DEFAULT_PORT } from './index.ts';
import type { LocalSharePointOptions } from './index.ts';

function number(name: string, value: string | undefined, check: (parsed: number) => boolean): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || !check(parsed)) throw new Error(`Invalid --${name} value '${value}'.`);
  return parsed;
}

export function parseServerArgs(argv: readonly string[]): LocalSharePointOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      data: { type: 'string' },
      memory: { type: 'boolean', default: false },
      latency: { type: 'string' },
      'fail-rate': { type: 'string' },
    },
    strict: true,
  });
  return {
    port: number('port', values.port, (port) => Number.isInteger(port) && port >= 0 && port < 65536) ?? DEFAULT_PORT,
    host: values.host,
    dataFile: values.data,
    memory: values.memory,
    latencyMs: number('latency', values.latency, (ms) => ms >= 0),
    failRate: number('fail-rate', values['fail-rate'], (rate) => rate >= 0 && rate <= 1),
  };
}
