export { teamsFactsFrom, watchTeams, withTeamsFacts } from './teamsHost';
export type { TeamsAppContext, TeamsFacts, TeamsSdk } from './teamsHost';
