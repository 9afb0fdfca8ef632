/**
 * Records one meeting's minutes from an open checklist: each change SharePoint confirms (the person's own
 * ticks once stored, everyone else's as the live updates bring them), who had the checklist open (presence
 * rows, one per person, which SharePoint writes as them), and names the person saving adds. One save at the
 * end writes the minutes to the unit's folder. Made for React: `subscribe` + `getSnapshot`.
 */
import { assignmentChangesSince, changesBetween, meetingKeyOf, MeetingMinutes, MeetingRef, MinutesChange, minutesKey, participantsOf, validateParticipantName } from '../../domain/minutes';
import type { Period } from '../../domain/period';
import type { Tick } from '../../domain/checklist';
import type { ValidationIssue } from '../../domain/validation';
import type { ChecklistSnapshot } from '../contracts/checklistSession';
import type { Repositories } from '../contracts/repositories';

export interface MinutesRecording {
  startedAt: string;
  changes: readonly MinutesChange[];
  /** Names the person saving added, in the order added. */
  added: readonly string[];
  /** Set once saved; saving again after more changes replaces what the saved row says. */
  saved?: MeetingMinutes;
}

export interface MinutesScope {
  unitId: number;
  /** The plan whose checklist is open: its owner and due-date changes are read from their history when saving. */
  planId: number;
  period: Period;
  meeting?: MeetingRef;
}

type TickState = Pick<Tick, 'done' | 'comment'>;

export class MinutesRecorder {
  private recording: MinutesRecording;
  /** The confirmed state the next snapshot is compared with; undefined until the checklist first loads. */
  private confirmed?: Map<number, TickState>;
  private readonly listeners = new Set<() => void>();
  private itemTitle: (itemId: number) => string = String;
  private readonly recordingId: string;
  public readonly meetingKey: string;

  public constructor(
    private readonly repositories: Pick<Repositories, 'minutes' | 'assignments'>,
    private readonly scope: MinutesScope,
    private readonly now: () => Date = () => new Date()
  ) {
    const start = now();
    this.recording = { startedAt: start.toISOString(), changes: [], added: [] };
    this.recordingId = `${start.getTime().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
    this.meetingKey = meetingKeyOf(scope.meeting, start);
  }

  /** Says this person has the checklist open in the meeting. A refusal (not one of the unit's people) leaves them out, as SharePoint decided. */
  public notePresence(): Promise<void> {
    return this.repositories.minutes.notePresence(this.scope.unitId, this.scope.period, this.meetingKey).catch(() => undefined);
  }

  public subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  public getSnapshot(): MinutesRecording {
    return this.recording;
  }

  /**
   * Notes what changed since the last confirmed state. Items whose tick this client has not had confirmed
   * yet keep their last confirmed state, so a refused tick never reaches the minutes.
   */
  public observe(snapshot: ChecklistSnapshot, itemTitle: (itemId: number) => string): void {
    const view = snapshot.view;
    if (view === undefined) return;
    this.itemTitle = itemTitle;
    const next = new Map<number, Tick>();
    for (const tick of view.ticks) if (!snapshot.pendingItemIds.has(tick.itemId)) next.set(tick.itemId, tick);
    if (this.confirmed === undefined) {
      this.confirmed = new Map(next);
      return;
    }
    const changes = changesBetween(this.confirmed, next, itemTitle, this.now().toISOString());
    for (const [itemId, tick] of next) this.confirmed.set(itemId, tick);
    if (changes.length > 0) this.update({ changes: [...this.recording.changes, ...changes] });
  }

  /** Adds a participant's name; a blank or too long name is refused with the reason and nothing changes. */
  public addName(name: string): ValidationIssue[] {
    const issues = validateParticipantName(name);
    if (issues.length === 0) this.update({ added: [...this.recording.added, name.trim()] });
    return issues;
  }

  public removeName(name: string): void {
    this.update({ added: this.recording.added.filter((added) => added !== name) });
  }

  /**
   * Writes the minutes: who was present by SharePoint's presence rows, the added names, every tick and comment
   * noted, and the owner and due-date changes since the start from their version history, all in time order.
   */
  public async save(): Promise<MeetingMinutes> {
    const { unitId, planId, period } = this.scope;
    const [present, assigned] = await Promise.all([
      this.repositories.minutes.presence(unitId, this.meetingKey),
      this.repositories.assignments.forUnitPlan(unitId, planId, period)
    ]);
    const changedSince = assigned.value.filter((assignment) => assignment.changedAt !== undefined && assignment.changedAt >= this.recording.startedAt);
    const histories = await Promise.all(changedSince.map((assignment) => this.repositories.assignments.history(assignment)));
    const assignmentChanges = changedSince.flatMap((assignment, index) => assignmentChangesSince(assignment, histories[index], this.itemTitle, this.recording.startedAt));
    const minutes: MeetingMinutes = {
      key: minutesKey(this.scope.unitId, this.recordingId),
      unitId: this.scope.unitId,
      period: this.scope.period,
      startedAt: this.recording.startedAt,
      endedAt: this.now().toISOString(),
      meeting: this.scope.meeting,
      participants: participantsOf(present, this.recording.added),
      // A stable sort: changes noted at the same moment keep the order they were noted in.
      changes: [...this.recording.changes, ...assignmentChanges].sort((a, b) => a.at.localeCompare(b.at))
    };
    const saved = await this.repositories.minutes.save(minutes);
    this.update({ saved });
    return saved;
  }

  private update(changes: Partial<MinutesRecording>): void {
    this.recording = { ...this.recording, ...changes };
    this.listeners.forEach((listener) => listener());
  }
}
