import { foldForSearch, searchMatcher } from '../../src/domain/search';

describe('searchMatcher', () => {
  const finds = (query: string, text: string): boolean => searchMatcher(query)(text);

  it('ignores case and folds accents: e finds é, u finds ü', () => {
    expect(finds('cafe', 'Café Kulturhuset')).toBe(true);
    expect(finds('CAFÉ', 'café')).toBe(true);
    expect(finds('munchen', 'München')).toBe(true);
    expect(foldForSearch('Émile Über')).toBe('emile uber');
  });

  it('keeps å, ä and ö as letters of their own: each finds only itself', () => {
    expect(finds('hägersten', 'Hägersten-Älvsjö')).toBe(true);
    expect(finds('hågersten', 'Hägersten-Älvsjö')).toBe(false);
    expect(finds('älvsjö', 'Hägersten-Älvsjö')).toBe(true);
    expect(finds('älvsjo', 'Hägersten-Älvsjö')).toBe(true);
    expect(finds('ö', 'Romsk inkludering')).toBe(false);
    expect(finds('å', 'Ett jämställt Stockholm')).toBe(false);
  });

  it('lets a and o typed in their place find å, ä and ö', () => {
    expect(finds('Hagersten', 'Hägersten-Älvsjö stadsdelsnämnd')).toBe(true);
    expect(finds('alvsjo', 'Hägersten-Älvsjö')).toBe(true);
    expect(finds('skarholmen', 'Skärholmens stadsdelsnämnd')).toBe(true);
    expect(finds('aldre', 'Äldrenämnden')).toBe(true);
    expect(finds('ostermalm', 'Östermalms stadsdelsnämnd')).toBe(true);
    expect(finds('arsta', 'Enskede-Årsta-Vantör')).toBe(true);
  });

  it('needs every word, in any order, and finds nothing for an empty query', () => {
    expect(finds('rasism motverka', 'Att motverka rasism')).toBe(true);
    expect(finds('rasism jämställt', 'Att motverka rasism')).toBe(false);
    expect(finds('   ', 'Att motverka rasism')).toBe(false);
  });

  it('takes what is typed literally, not as a pattern', () => {
    expect(finds('(hbtqi)', 'könsuttryck (hbtqi)')).toBe(true);
    expect(finds('.*', 'Att motverka rasism')).toBe(false);
  });
});
