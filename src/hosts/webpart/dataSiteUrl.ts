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

/** The configured data site without a trailing slash; the page's own site while none (or an unusable one, which the pane flags) is set. */
export function effectiveDataSiteUrl(configured: string | undefined, pageSiteUrl: string): string {
  const trimmed = configured?.trim();
  return trimmed && isUsableDataSiteUrl(trimmed) ? trimmed.replace(/\/+$/, '') : pageSiteUrl;
}
