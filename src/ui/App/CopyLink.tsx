import * as React from 'react';
import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkRegular, LinkRegular } from '@fluentui/react-icons';
import { useLocalization } from '../loc';

const useCopyLinkStyles = makeStyles({
  root: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  done: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  field: { flexGrow: 1, minWidth: 0 }
});

export interface CopyLinkProps {
  /** The address of the view as it is now. */
  link: string;
}

/**
 * "Kopiera länk": the view's address to the clipboard, said when done. Where the browser will not copy (a frame
 * without clipboard rights), the address is shown, selected, to copy by hand: Teams itself shows none.
 */
export function CopyLink({ link }: CopyLinkProps): React.ReactElement {
  const { strings } = useLocalization();
  const styles = useCopyLinkStyles();
  const [state, setState] = React.useState<'idle' | 'copied' | 'shown'>('idle');
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => setState('idle'), [link]);
  // Shown because copying failed: selected, so that Ctrl+C is all that is left to do.
  React.useEffect(() => {
    if (state !== 'shown') return;
    input.current?.focus();
    input.current?.select();
  }, [state]);
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
        <Field label={strings.copyLinkManual} className={styles.field}>
          <Input ref={input} readOnly value={link} onFocus={(event) => event.target.select()} />
        </Field>
      )}
    </div>
  );
}
