/**
 * Whether a data site address typed into the property pane can be used: empty (the page's own site) or an
 * absolute https address of a site. Anything else would send the app's requests somewhere unintended.
 */
export function isUsableDataSiteUrl(value: string | undefined): boolean {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return true;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'https:' && url.search === '' && url.hash === '';
  } catch {
    return false;
  }
}
