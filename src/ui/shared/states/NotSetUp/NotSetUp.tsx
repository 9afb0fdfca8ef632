import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, useId } from '@fluentui/react-components';
import type { ProvisioningProgress, SiteRepository } from '../../../../app';
import { useLocalization } from '../../../loc';
import { errorMessage } from '../ErrorState';
import { useNotSetUpStyles } from './useNotSetUpStyles';

export interface NotSetUpProps {
  site: SiteRepository;
  /** `notProvisioned`: no lists yet; `outdated`: lists of an older schema version. */
  state: 'notProvisioned' | 'outdated';
  /** Whether this person may create lists; only they see the set-up action. */
  canProvision: boolean;
  siteUrl: string;
  onProvisioned: () => void;
}

type Provisioning = { status: 'idle' } | { status: 'running'; progress?: ProvisioningProgress } | { status: 'failed'; error: unknown };

/**
 * The lists are missing or outdated. A site owner can set them up from here and watch the progress;
 * everyone else is told whom to ask.
 */
export function NotSetUp({ site, state, canProvision, siteUrl, onProvisioned }: NotSetUpProps): React.ReactElement {
  const { strings, fill } = useLocalization();
  const styles = useNotSetUpStyles();
  const [provisioning, setProvisioning] = React.useState<Provisioning>({ status: 'idle' });
  const progressId = useId('mr-provisioning');

  const provision = (): void => {
    setProvisioning({ status: 'running' });
    site.provision((progress) => setProvisioning({ status: 'running', progress })).then(onProvisioned, (error: unknown) =>
      setProvisioning({ status: 'failed', error })
    );
  };

  const outdated = state === 'outdated';
  const ownerText = outdated ? strings.outdatedOwnerText : strings.notSetUpOwnerText;
  const otherText = fill(outdated ? strings.outdatedOtherText : strings.notSetUpContact, { site: siteUrl });
  const progress = provisioning.status === 'running' ? provisioning.progress : undefined;

  return (
    <div className={styles.root}>
      <MessageBar intent={outdated ? 'warning' : 'info'} layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{strings.notSetUpTitle}</MessageBarTitle>
          {canProvision ? ownerText : otherText}
        </MessageBarBody>
        {canProvision && (
          <MessageBarActions>
            <Button appearance="primary" onClick={provision} disabled={provisioning.status === 'running'}>
              {outdated ? strings.outdatedUpgradeButton : strings.notSetUpProvisionButton}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
      {provisioning.status === 'running' && (
        <div className={styles.progress}>
          <ProgressBar aria-labelledby={progressId} value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
          <div id={progressId} role="status">
            {progress ? fill(strings.notSetUpProgress, { step: progress.step, done: progress.done, total: progress.total }) : strings.loadingLabel}
          </div>
        </div>
      )}
      {provisioning.status === 'failed' && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{fill(strings.provisionFailed, { message: errorMessage(provisioning.error) })}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
