import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { DocumentRegular } from '@fluentui/react-icons';
import { useLocalization } from '../../loc';

export interface DocumentLinkProps {
  /** The document's address, as an editor linked it; absent until one has. */
  url: string | undefined;
  /** What the link says: the plan's or the programme's document. */
  label: string;
  /** Editors are told where to add a missing link; everyone else sees nothing. */
  canEdit: boolean;
  className?: string;
}

/**
 * The link to a plan's or the programme's own document. The source documents give no address, so it is only
 * ever what an editor linked: nothing is shown until then, except a note to editors.
 */
export function DocumentLink({ url, label, canEdit, className }: DocumentLinkProps): React.ReactElement {
  const { strings } = useLocalization();
  if (url !== undefined && url.trim() !== '') {
    return (
      <p className={className}>
        {/* A document opens outside the app: in Teams a link inside the tab must open a new window. */}
        <Link href={url} target="_blank" rel="noopener noreferrer">
          <DocumentRegular aria-hidden /> {label}
        </Link>
      </p>
    );
  }
  return canEdit ? <p className={className}>{strings.documentNotLinked}</p> : <></>;
}
