import { MAX_TEXT_LENGTH, ValidationIssue, Validator } from './validation';

/**
 * A Microsoft 365 group (a Teams team) linked to a unit. Its members and owners write for the unit
 * through the group's claims, so the app never needs to know who they are; it shows the team by name.
 */
export interface LinkedTeam {
  /** The group's id, lower case (as Teams hands it out). */
  groupId: string;
  name: string;
}

/** The hosts Teams links come from: the classic one and the new Teams. */
const TEAMS_HOSTS: readonly string[] = ['teams.microsoft.com', 'teams.cloud.microsoft'];

/**
 * The group id in a team's link, as Teams' "Get link to team" (or a channel's link) gives it:
 * `https://teams.microsoft.com/l/team/19%3a…%40thread.tacv2/conversations?groupId=<id>&tenantId=<id>`.
 * Undefined when the text is not such a link.
 */
export function groupIdFromTeamLink(link: string): string | undefined {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || !TEAMS_HOSTS.includes(url.hostname.toLowerCase())) return undefined;
  if (!/^\/l\/(team|channel)\//i.test(url.pathname)) return undefined;
  const groupId = url.searchParams.get('groupId') ?? '';
  return new Validator().guid('groupId', groupId).ok && groupId !== '' ? groupId.toLowerCase() : undefined;
}

/** A team as an editor links it: a group id (or a team link that holds one) and the name to show. */
export function validateLinkedTeam(team: LinkedTeam): ValidationIssue[] {
  return new Validator().required('groupId', team.groupId).guid('groupId', team.groupId).text('name', team.name, true, MAX_TEXT_LENGTH).issues;
}

/**
 * The team an editor pasted a link to: the link's group id with the name they gave, or the issues
 * (`teamLink` when the text is not a team's link).
 */
export function linkedTeamFromLink(link: string, name: string): { team: LinkedTeam } | { issues: ValidationIssue[] } {
  const groupId = groupIdFromTeamLink(link);
  if (groupId === undefined) return { issues: [{ field: 'teamLink', code: 'notATeamLink' }] };
  const team = { groupId, name: name.trim() };
  const issues = validateLinkedTeam(team);
  return issues.length > 0 ? { issues } : { team };
}
