/**
 * The interface texts: every key in both languages, filled in, with the same placeholders, and every key
 * used by the code. The code reads texts only as `strings.<key>`, so a scan of the sources finds every use.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cardOwnEn } from '../../../src/ui/loc/card/en';
import { cardOwnSv } from '../../../src/ui/loc/card/sv';
import { en as appEn } from '../../../src/ui/loc/en';
import { sv as appSv } from '../../../src/ui/loc/sv';

// The app's table and the Viva card's (whose own texts are not in the app's), checked as one.
const sv: Record<string, string> = { ...appSv, ...cardOwnSv };
const en: Record<string, string> = { ...appEn, ...cardOwnEn };

const SRC = join(__dirname, '..', '..', '..', 'src');
const LOC = join(SRC, 'ui', 'loc');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === LOC ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('interface texts', () => {
  const keys = Object.keys(sv);

  it('has exactly the same keys in English as in Swedish', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s is filled in in both languages with the same placeholders', (key) => {
    expect(sv[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholders(en[key])).toEqual(placeholders(sv[key]));
  });

  // A key read that does not exist is a type error already; what only a scan finds is a key nobody reads.
  it('uses every key somewhere in the code', () => {
    const used = new Set<string>();
    for (const file of sourceFiles(SRC)) {
      for (const match of readFileSync(file, 'utf8').matchAll(/\bstrings\.(\w+)/g)) used.add(match[1]);
    }
    expect(keys.filter((key) => !used.has(key))).toEqual([]);
  });
});
