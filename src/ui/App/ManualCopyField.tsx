import * as React from 'react';
import { Field, Input } from '@fluentui/react-components';
import { useLocalization } from '../loc';

export interface ManualCopyFieldProps {
  link: string;
  className?: string;
}

/**
 * Where the browser will not copy (a frame without clipboard rights): the address, focused and selected, so
 * that Ctrl+C is all that is left to do. Rarely needed, so it loads then, in a chunk of its own.
 */
export function ManualCopyField({ link, className }: ManualCopyFieldProps): React.ReactElement {
  const { strings } = useLocalization();
  const input = React.useRef<HTMLInputElement>(null);
  React.useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <Field label={strings.copyLinkManual} className={className}>
      <Input ref={input} readOnly value={link} onFocus={(event) => event.target.select()} />
    </Field>
  );
}
