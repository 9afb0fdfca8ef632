import * as React from 'react';
import type { MrRepositories } from '../../app';
import { compareSwedish } from '../../domain/language';
import type { Unit } from '../../domain/unit';
import type { UnitSource } from '../App/HostContext';
import { useLoad } from '../shared';

/** What the host's hints led to. */
interface Resolution {
  /** The unit to show before the person picks another. */
  found?: Unit;
  /** The person's own units, when the host did not fix one: they may switch between them. */
  choices: Unit[];
  /** The team's group, when no unit is mapped to it yet. */
  unmappedGroupId?: string;
  /** The configured unit id that no longer exists. */
  missingUnitId?: number;
}

export type UnitResolution =
  | { status: 'resolving' }
  | { status: 'failed'; error: unknown; retry: () => void }
  | (Resolution & {
      status: 'resolved';
      unit?: Unit;
      select: (unitId: number) => void;
      /** Maps the unmapped team to a unit and remembers it on the unit, for everyone in the team. */
      mapTeam: (unit: Unit) => Promise<void>;
    });

const byName = (a: Unit, b: Unit): number => compareSwedish(a.name, b.name);

/** A source the app can act on: the host has heard from Teams, if it runs there. */
type KnownSource = Exclude<UnitSource, { kind: 'pending' }>;

async function resolve(repositories: MrRepositories, source: KnownSource, userId: number): Promise<Resolution> {
  const ownUnits = async (): Promise<Unit[]> => (await repositories.units.ofMember(userId)).sort(byName);
  switch (source.kind) {
    case 'configured': {
      const units = await repositories.units.list();
      const found = units.value.find((unit) => unit.id === source.unitId);
      return found ? { found, choices: [] } : { choices: [], missingUnitId: source.unitId };
    }
    case 'teamsGroup': {
      const mapped = await repositories.units.forTeamsGroup(source.groupId);
      if (mapped) return { found: mapped, choices: [] };
      const choices = await ownUnits();
      return { found: choices[0], choices, unmappedGroupId: source.groupId };
    }
    case 'membership': {
      const choices = await ownUnits();
      return { found: choices[0], choices };
    }
  }
}

/**
 * Finds the unit the app shows: the configured one, else the one mapped to the team, else the person's
 * own. While the host still waits for Teams, or the person is not known yet, it stays resolving.
 */
export function useUnitResolution(repositories: MrRepositories, source: UnitSource, userId: number | undefined): UnitResolution {
  const sourceKey = JSON.stringify(source);
  const waiting = source.kind === 'pending' || userId === undefined;
  const { state, reload } = useLoad(
    () => (waiting ? Promise.resolve(undefined) : resolve(repositories, source as KnownSource, userId as number)),
    [repositories, sourceKey, userId]
  );
  const [chosenId, setChosenId] = React.useState<number>();

  if (waiting || state.status === 'loading' || (state.status === 'loaded' && state.value === undefined)) return { status: 'resolving' };
  if (state.status === 'failed') return { status: 'failed', error: state.error, retry: reload };
  const resolution = state.value as Resolution;
  const { unmappedGroupId } = resolution;
  return {
    ...resolution,
    status: 'resolved',
    unit: resolution.choices.find((unit) => unit.id === chosenId) ?? resolution.found,
    select: setChosenId,
    mapTeam: async (unit) => {
      await repositories.units.save({ ...unit, teamsGroupId: unmappedGroupId });
      setChosenId(undefined);
      reload();
    }
  };
}
