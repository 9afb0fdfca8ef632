import createDOMPurify, { type Config, type DOMPurify, type UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * The product's one HTML sanitizer. Everything shown from a rich-text field, and everything the editor emits,
 * goes through it.
 *
 * The allow-list is what an update body needs: paragraphs, headings, lists, links, bold, italics, underline and
 * quotes. SharePoint's enhanced rich-text field wraps its content in `<div class="ExternalClass…">` and may add
 * `<span>`s, so div and span are kept as bare wrappers; their class and style attributes are not.
 * Anything else keeps its text and loses its tag; script, style and similar elements lose their content too.
 */
const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'blockquote', 'div', 'span'];

/** Attributes are allowed per element, not globally as DOMPurify's ALLOWED_ATTR would have it. */
const ALLOWED_ATTRIBUTES_BY_TAG: Readonly<Record<string, readonly string[]>> = { a: ['href', 'title'] };

/**
 * Links are http(s), mailto or relative. Relative links stay because SharePoint stores links to its own pages
 * as server-relative paths; they resolve against the page (`<base>` never survives), so they are http(s) too.
 * This is DOMPurify's default pattern with every other scheme taken out.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: Object.values(ALLOWED_ATTRIBUTES_BY_TAG).flat(),
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ALLOWED_NAMESPACES: ['http://www.w3.org/1999/xhtml'],
  // aria-* would let content relabel itself for screen readers, data-* has no use here.
  ALLOW_ARIA_ATTR: false,
  ALLOW_DATA_ATTR: false
};

function keepOnlyAttributesOfTheTag(node: Element, event: UponSanitizeAttributeHookEvent): void {
  const allowed = ALLOWED_ATTRIBUTES_BY_TAG[node.nodeName.toLowerCase()] ?? [];
  if (!allowed.includes(event.attrName)) event.keepAttr = false;
}

/** Every link opens in a new window without giving that window a handle on this one (reverse tabnabbing). */
function openLinksSafely(node: Element): void {
  if (node.nodeName === 'A' && node.hasAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
}

let purifier: DOMPurify | undefined;

/**
 * A purifier of our own, so that its hooks never reach other code that uses DOMPurify's shared instance.
 * Created on first use against the global window: the browser's in SharePoint and Teams, jsdom's in tests.
 */
function getPurifier(): DOMPurify {
  if (purifier === undefined) {
    // DOMPurify without a DOM returns its input unchanged; refuse instead of showing unsanitised HTML.
    const instance = typeof window === 'undefined' ? undefined : createDOMPurify(window);
    if (instance === undefined || !instance.isSupported) {
      throw new Error('sanitizeHtml needs a browser DOM (window.document); none is available.');
    }
    instance.addHook('uponSanitizeAttribute', keepOnlyAttributesOfTheTag);
    instance.addHook('afterSanitizeAttributes', openLinksSafely);
    purifier = instance;
  }
  return purifier;
}

/** Reduces HTML to the rich-text allow-list. Idempotent: sanitising the output again changes nothing. */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, CONFIG);
}
