/** The one site's server-relative URL; its own module so that what site.ts builds on can name it too. */
export const SITE_PATH = '/sites/mr';
