import * as React from 'react';
import { mergeClasses, useId } from '@fluentui/react-components';
import { sanitizeHtml } from './sanitizeHtml';
import { useRichTextViewStyles } from './useRichTextViewStyles';

export interface RichTextViewStrings {
  /** Read out with every link, since every link opens in a new window. */
  opensInNewWindow: string;
}

export interface RichTextViewProps {
  /** HTML from a rich-text field, as stored; it is sanitised here. */
  html: string;
  strings: RichTextViewStrings;
  className?: string;
  /** The content's language where it differs from the page's (WCAG 3.1.2). */
  lang?: string;
}

/** Shows rich text. The one place in the product that renders HTML, and it renders only sanitizeHtml's output. */
export function RichTextView({ html, strings, className, lang }: RichTextViewProps): JSX.Element {
  const styles = useRichTextViewStyles();
  const newWindowHintId = useId('rich-text-new-window-');
  const contentRef = React.useRef<HTMLDivElement>(null);
  const sanitized = React.useMemo(() => sanitizeHtml(html), [html]);

  // The links live in HTML that React does not render element by element, so they get their description here.
  React.useLayoutEffect(() => {
    contentRef.current?.querySelectorAll('a[href]').forEach((link) => link.setAttribute('aria-describedby', newWindowHintId));
  }, [sanitized, newWindowHintId]);

  return (
    <>
      <div ref={contentRef} lang={lang} className={mergeClasses(styles.root, className)} dangerouslySetInnerHTML={{ __html: sanitized }} />
      <span id={newWindowHintId} hidden>
        {strings.opensInNewWindow}
      </span>
    </>
  );
}
