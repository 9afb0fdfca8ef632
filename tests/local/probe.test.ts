import { v } from '../../local/server/probeHelper.ts';
import { spfi, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
test('probe', () => { expect(v()).toEqual({ x: 1 }); expect(typeof spfi).toBe('function'); expect(typeof SPBrowser).toBe('function'); });
