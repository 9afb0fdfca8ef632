import * as React from 'react';
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, LinkRegular } from '@fluentui/react-icons';
import { useLocalization } from '../loc';
import { LazyPart } from '../shared/LazyPart';
import type { ManualCopyFieldProps } from './ManualCopyField';

const loadManualCopyField = (): Promise<React.ComponentType<ManualCopyFieldProps>> =>
  import(/* webpackChunkName: 'mr-manual-copy' */ './ManualCopyField').then(({ ManualCopyField }) => ManualCopyField);

const useCopyLinkStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  done: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 }
});

export interface CopyLinkProps {
  /** The address of the view as it is now. */
  link: string;
  /** The data site, should the manual field's code not load. */
  siteUrl: string;
}

/**
 * "Kopiera länk": the view's address to the clipboard, said when done. Where the browser will not copy (a frame
 * without clipboard rights), the address is shown, selected, to copy by hand: Teams itself shows none.
 */
export function CopyLink({ link, siteUrl }: CopyLinkProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useCopyLinkStyles();
  const [state, setState] = React.useState<'idle' | 'copied' | 'shown'>('idle');
  React.useEffect(() => setState('idle'), [link]);
  const copy = (): void => {
    const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
    if (clipboard === undefined) {
      setState('shown');
      return;
    }
    clipboard.writeText(link).then(
      () => setState('copied'),
      () => setState('shown')
    );
  };
  return (
    <div className={styles.root}>
      <Button size="small" icon={<LinkRegular />} onClick={copy}>
        {strings.copyLink}
      </Button>
      <span role="status" className={styles.done}>
        {state === 'copied' && (
          <>
            <CheckmarkRegular aria-hidden />
            {strings.copyLinkDone}
          </>
        )}
      </span>
      {state === 'shown' && (
        <LazyPart load={loadManualCopyField} props={{ link, className: styles.field }} fallback={<></>} siteUrl={siteUrl} />
      )}
    </div>
  );
}
