/**
 * "Hjälp och kontakt" on the site: none until the editors write it (the app invents no address), one settings row
 * however often they save, readable by everyone, written only by editors, and a hand-edited value that is not the
 * stored shape counts as none rather than breaking the app's start.
 */
import type { LocalSharePoint } from '../../local/server/index.ts';
import { AccessDeniedError } from '../../src/app';
import { provision } from '../../src/data/provisioning/provision';
import { listOf } from '../../src/data/queries';
import { HELP_CONTACT_SETTING, SCHEMA_VERSION } from '../../src/data/schema';
import { clientFor, startSite } from './localSite';

describe('help and contact', () => {
  let site: LocalSharePoint;

  beforeEach(async () => {
    site = await startSite();
    await provision(clientFor(site.siteUrl).sp);
  });

  afterEach(async () => {
    await site.close();
  });

  it('is absent until an editor writes it, then every reader gets it, from one row however often it is saved', async () => {
    const editor = clientFor(site.siteUrl, 'editor');
    const reader = clientFor(site.siteUrl, 'reader');
    expect(await reader.repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
    await editor.repos.site.saveHelp({ sv: 'Frågor: MR-samordnaren på intranätet.', en: '' });
    await editor.repos.site.saveHelp({ sv: 'Frågor: mr-programmet@example.invalid', en: 'Questions: mr-programmet@example.invalid' });
    expect((await reader.repos.site.status()).help).toEqual({ sv: 'Frågor: mr-programmet@example.invalid', en: 'Questions: mr-programmet@example.invalid' });
    const rows = (await listOf(editor.sp, 'settings').items.select('Title').filter(`Title eq '${HELP_CONTACT_SETTING}'`)()) as unknown[];
    expect(rows).toHaveLength(1);
  });

  it('is written by editors only: SharePoint refuses a reader', async () => {
    const reader = clientFor(site.siteUrl, 'reader');
    await expect(reader.repos.site.saveHelp({ sv: 'Ring mig', en: '' })).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await reader.repos.site.status()).help).toBeUndefined();
  });

  it('counts a hand-edited value that is not the stored shape as none', async () => {
    const { sp, repos } = clientFor(site.siteUrl, 'editor');
    await listOf(sp, 'settings').items.add({ Title: HELP_CONTACT_SETTING, SettingValue: 'Ring Eva {' });
    expect(await repos.site.status()).toEqual({ state: 'ready', schemaVersion: SCHEMA_VERSION });
  });
});
