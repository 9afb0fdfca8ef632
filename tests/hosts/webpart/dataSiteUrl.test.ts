import { isUsableDataSiteUrl } from '../../../src/hosts/webpart/dataSiteUrl';

describe('isUsableDataSiteUrl', () => {
  it.each(['', '   ', undefined, 'https://stockholm.sharepoint.com/sites/mr', 'https://stockholm.sharepoint.com/sites/mr/'])('accepts %p', (value) => {
    expect(isUsableDataSiteUrl(value)).toBe(true);
  });

  it.each(['stockholm.sharepoint.com/sites/mr', 'http://stockholm.sharepoint.com/sites/mr', 'javascript:alert(1)', 'https://x/sites/mr?a=1', 'https://x/sites/mr#top'])(
    'refuses %p',
    (value) => {
      expect(isUsableDataSiteUrl(value)).toBe(false);
    }
  );
});
