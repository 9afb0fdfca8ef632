import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useLocalization } from '../../../loc';
import { errorMessage, problemKind } from './problemKind';

export interface ErrorStateProps {
  error: unknown;
  /** The data site, named in the message so the person knows what to check or whom to ask. */
  siteUrl: string;
  onRetry: () => void;
}

/** A failed load: no permission, the data site unreachable, or something unexpected; each with its own advice. */
export function ErrorState({ error, siteUrl, onRetry }: ErrorStateProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const kind = problemKind(error);
  const title = { accessDenied: strings.accessDeniedTitle, unreachable: strings.unreachableTitle, unexpected: strings.unexpectedErrorTitle }[kind];
  const text = {
    accessDenied: fill(strings.accessDeniedText, { site: siteUrl }),
    unreachable: fill(strings.unreachableText, { site: siteUrl }),
    unexpected: fill(strings.unexpectedErrorText, { message: errorMessage(error) })
  }[kind];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {text}
      </MessageBarBody>
      {kind !== 'accessDenied' && (
        <MessageBarActions>
          <Button onClick={onRetry}>{strings.retry}</Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
