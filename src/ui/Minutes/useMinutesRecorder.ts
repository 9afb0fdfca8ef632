import * as React from 'react';
import { ChecklistSnapshot, MinutesRecorder, MinutesRecording, MrRepositories } from '../../app';
import type { MeetingRef } from '../../domain/minutes';
import type { Period } from '../../domain/period';

export interface MinutesRecorderOptions {
  repositories: MrRepositories;
  unitId: number;
  planId: number;
  period: Period;
  meeting?: MeetingRef;
  /** Recording starts the first time this is true (the checklist shown in a meeting) and goes on until the checklist closes. */
  active: boolean;
  snapshot?: ChecklistSnapshot;
  itemTitle: (itemId: number) => string;
}

export interface MinutesRecorderState {
  recorder?: MinutesRecorder;
  recording?: MinutesRecording;
}

/** A meeting's recorder for the open checklist: it says the person is present, and notes each confirmed change. */
export function useMinutesRecorder({ repositories, unitId, planId, period, meeting, active, snapshot, itemTitle }: MinutesRecorderOptions): MinutesRecorderState {
  const [recorder, setRecorder] = React.useState<MinutesRecorder>();
  React.useEffect(() => {
    if (!active || recorder !== undefined) return;
    const started = new MinutesRecorder(repositories, { unitId, planId, period, meeting });
    void started.notePresence();
    setRecorder(started);
  }, [active, recorder, repositories, unitId, planId, period, meeting]);
  React.useEffect(() => {
    if (snapshot !== undefined) recorder?.observe(snapshot, itemTitle);
  }, [recorder, snapshot]);
  const [recording, setRecording] = React.useState<MinutesRecording>();
  React.useEffect(() => {
    if (recorder === undefined) return undefined;
    setRecording(recorder.getSnapshot());
    return recorder.subscribe(() => setRecording(recorder.getSnapshot()));
  }, [recorder]);
  return { recorder, recording };
}
