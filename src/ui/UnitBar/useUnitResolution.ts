import * as React from 'react';
import { changeUnitPeople, loadUnitChoices, MrRepositories, PeopleChangeOutcome, UnitChoices } from '../../app';
import type { LinkedTeam } from '../../domain/linkedTeam';
import type { Unit } from '../../domain/unit';
import type { UnitSource } from '../App/HostContext';
import type { LoadState } from '../shared';
import { compareUnitNames } from '../shared/UnitPicker/unitHierarchy';

/** What the app knows about the units once it has asked SharePoint. */
export interface Resolution {
  /** Every unit: anyone may look at any of them. */
  units: Unit[];
  /** The person's own units (named, or through the linked team): listed first. */
  ownUnitIds: ReadonlySet<number>;
  /** The units SharePoint lets the person change: their own, or every unit for an editor. */
  writableUnitIds: ReadonlySet<number>;
  /** The unit the host leads to: the configured one, the team's, else the person's first own unit. */
  hostUnit?: Unit;
  /** The team's group, when no unit is linked to it yet. */
  unmappedGroupId?: string;
  /** The configured unit id that no longer exists. */
  missingUnitId?: number;
}

export type UnitResolution =
  | { status: 'resolving' }
  | { status: 'failed'; error: unknown; retry: () => void }
  | (Resolution & {
      status: 'resolved';
      /** The unit the app shows: the link's, else the host's. */
      unit?: Unit;
      /** The link's unit id that no longer exists (the host's unit is shown instead). */
      linkMissingId?: number;
      /** Links the unlinked team to a unit (its members may then write for it) and, once saved, reads the units again. */
      mapTeam: (unit: Unit) => Promise<PeopleChangeOutcome>;
    });

/** A source the app can act on: the host has heard from Teams, if it runs there. */
export type KnownSource = Exclude<UnitSource, { kind: 'pending' }>;

/** The unit the host leads to, from the units and the person's rights: the configured one, the team's, else the person's first own unit. */
export function resolveUnits({ units, ownUnitIds, writableUnitIds }: Pick<UnitChoices, 'units' | 'ownUnitIds' | 'writableUnitIds'>, source: KnownSource): Resolution {
  const firstOwn = units.filter((unit) => ownUnitIds.has(unit.id)).sort((a, b) => compareUnitNames(a.name, b.name))[0];
  switch (source.kind) {
    case 'configured': {
      const found = units.find((unit) => unit.id === source.unitId);
      return found ? { units, ownUnitIds, writableUnitIds, hostUnit: found } : { units, ownUnitIds, writableUnitIds, missingUnitId: source.unitId };
    }
    case 'teamsGroup': {
      const linked = units.find((unit) => unit.teamsGroupId === source.groupId);
      return linked
        ? { units, ownUnitIds, writableUnitIds, hostUnit: linked }
        : { units, ownUnitIds, writableUnitIds, hostUnit: firstOwn, unmappedGroupId: source.groupId };
    }
    case 'membership':
      return { units, ownUnitIds, writableUnitIds, hostUnit: firstOwn };
  }
}

/** The unit the app shows: the link's (when it exists), else the host's. */
export function shownUnit(resolution: Resolution, linkedUnitId: number | undefined): Unit | undefined {
  const linked = linkedUnitId === undefined ? undefined : resolution.units.find((unit) => unit.id === linkedUnitId);
  return linked ?? resolution.hostUnit;
}

export interface UnitResolutionInput {
  source: UnitSource;
  /** The units and the person's rights, as the start brought them; undefined until then (or while the site is not set up). */
  choices?: UnitChoices;
  /** The unit the link names, if it names one. */
  linkedUnitId?: number;
  /** The team whose tab the app runs in (its id and name), for linking it to a unit. */
  team?: LinkedTeam;
}

/**
 * Finds the unit the app shows: the unit the link names, else the configured one, else the one linked to
 * the team, else the person's own. While the host still waits for Teams, or the start has not answered,
 * it stays resolving. After the team is linked to a unit here, the units are read again.
 */
export function useUnitResolution(repositories: MrRepositories, { source, choices, linkedUnitId, team }: UnitResolutionInput): UnitResolution {
  const [reread, setReread] = React.useState<{ from: UnitChoices; choices: LoadState<UnitChoices>; attempt: number }>();
  const current = reread?.from === choices ? reread : undefined;
  const reloadChoices = React.useCallback(() => {
    if (choices === undefined) return;
    const attempt = Date.now();
    setReread({ from: choices, choices: { status: 'loading' }, attempt });
    const settle = (state: LoadState<UnitChoices>): void => setReread((now) => (now?.attempt === attempt ? { ...now, choices: state } : now));
    loadUnitChoices(repositories.units, repositories.unitPeople).then(
      (value) => settle({ status: 'loaded', value }),
      (error: unknown) => settle({ status: 'failed', error })
    );
  }, [repositories, choices]);

  if (source.kind === 'pending' || choices === undefined || current?.choices.status === 'loading') return { status: 'resolving' };
  if (current?.choices.status === 'failed') return { status: 'failed', error: current.choices.error, retry: reloadChoices };
  const resolution = resolveUnits(current?.choices.status === 'loaded' ? current.choices.value : choices, source);
  const { unmappedGroupId } = resolution;
  const unit = shownUnit(resolution, linkedUnitId);
  return {
    ...resolution,
    status: 'resolved',
    unit,
    linkMissingId: linkedUnitId !== undefined && unit?.id !== linkedUnitId ? linkedUnitId : undefined,
    mapTeam: async (chosen) => {
      const groupId = unmappedGroupId ?? '';
      const outcome = await changeUnitPeople(repositories.unitPeople, chosen.id, {
        kind: 'linkTeam',
        team: { groupId, name: team?.groupId === groupId ? team.name : '' }
      });
      if (outcome.kind === 'saved') reloadChoices();
      return outcome;
    }
  };
}
