import { changeUnitPeople, loadUnitChoices, MrRepositories, PeopleChangeOutcome } from '../../app';
import type { LinkedTeam } from '../../domain/linkedTeam';
import type { Unit } from '../../domain/unit';
import type { UnitSource } from '../App/HostContext';
import { useLoad } from '../shared';
import { compareUnitNames } from '../shared/UnitPicker/unitHierarchy';

/** What the app knows about the units once it has asked SharePoint. */
interface Resolution {
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
type KnownSource = Exclude<UnitSource, { kind: 'pending' }>;

async function resolve(repositories: MrRepositories, source: KnownSource): Promise<Resolution> {
  // Every unit (for the picker and the host's unit) and the person's own, as SharePoint's rights say.
  const { units, ownUnitIds, writableUnitIds } = await loadUnitChoices(repositories.units, repositories.unitPeople);
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

export interface UnitResolutionInput {
  source: UnitSource;
  /** The site is set up and the person known: until then nothing is asked. */
  ready: boolean;
  /** The unit the link names, if it names one. */
  linkedUnitId?: number;
  /** The team whose tab the app runs in (its id and name), for linking it to a unit. */
  team?: LinkedTeam;
}

/**
 * Finds the units and the one the app shows: the unit the link names, else the configured one, else the
 * one linked to the team, else the person's own. While the host still waits for Teams, or the site is not
 * ready, it stays resolving.
 */
export function useUnitResolution(repositories: MrRepositories, { source, ready, linkedUnitId, team }: UnitResolutionInput): UnitResolution {
  const sourceKey = JSON.stringify(source);
  const waiting = source.kind === 'pending' || !ready;
  const { state, reload } = useLoad(
    () => (waiting ? Promise.resolve(undefined) : resolve(repositories, source as KnownSource)),
    [repositories, sourceKey, ready]
  );

  if (waiting || state.status === 'loading' || (state.status === 'loaded' && state.value === undefined)) return { status: 'resolving' };
  if (state.status === 'failed') return { status: 'failed', error: state.error, retry: reload };
  const resolution = state.value as Resolution;
  const { unmappedGroupId } = resolution;
  const linked = linkedUnitId === undefined ? undefined : resolution.units.find((unit) => unit.id === linkedUnitId);
  return {
    ...resolution,
    status: 'resolved',
    unit: linked ?? resolution.hostUnit,
    linkMissingId: linkedUnitId !== undefined && linked === undefined ? linkedUnitId : undefined,
    mapTeam: async (unit) => {
      const groupId = unmappedGroupId ?? '';
      const outcome = await changeUnitPeople(repositories.unitPeople, unit.id, {
        kind: 'linkTeam',
        team: { groupId, name: team?.groupId === groupId ? team.name : '' }
      });
      if (outcome.kind === 'saved') reload();
      return outcome;
    }
  };
}
