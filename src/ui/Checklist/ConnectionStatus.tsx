import * as React from 'react';
import { Button } from '@fluentui/react-components';
import { ArrowSyncRegular, CloudCheckmarkRegular, PlugDisconnectedRegular } from '@fluentui/react-icons';
import type { ChecklistSnapshot, ConnectionState } from '../../app';
import { useLocalization } from '../loc';
import { useChecklistStyles } from './useChecklistStyles';

export interface ConnectionStatusProps {
  snapshot: ChecklistSnapshot;
  onRetry: () => void;
  /** Someone who cannot tick saves nothing: they are told whether they see the latest, never that all is saved. */
  canContribute: boolean;
}

const ICON: Record<ConnectionState, typeof ArrowSyncRegular> = {
  online: CloudCheckmarkRegular,
  syncing: ArrowSyncRegular,
  offline: PlugDisconnectedRegular
};

/** Whether ticks reach SharePoint, in words beside an icon, and how many still wait; read out politely. */
export function ConnectionStatus({ snapshot, onRetry, canContribute }: ConnectionStatusProps): React.ReactElement {
  const { strings, plural } = useLocalization();
  const styles = useChecklistStyles();
  const { connection } = snapshot;
  const waiting = snapshot.pendingItemIds.size;
  const state = canContribute
    ? { online: strings.checklistOnline, syncing: strings.checklistSyncing, offline: strings.checklistOffline }[connection]
    : { online: strings.checklistOnlineReader, syncing: strings.checklistSyncingReader, offline: strings.checklistOffline }[connection];
  const Icon = ICON[connection];
  return (
    <div className={styles.connection}>
      <span role="status" aria-live="polite" className={styles.connectionText}>
        <Icon aria-hidden className={styles.icon} />
        <span>
          {state}
          {waiting > 0 && ` – ${plural(waiting, strings.checklistWaitingOne, strings.checklistWaitingOther)}`}
        </span>
      </span>
      {connection === 'offline' && (
        <Button size="small" onClick={onRetry}>
          {strings.retry}
        </Button>
      )}
    </div>
  );
}
