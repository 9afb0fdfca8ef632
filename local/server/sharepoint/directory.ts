/**
 * The tenant the local SharePoint belongs to (mrlocal.onmicrosoft.com): its people, its Microsoft 365 groups
 * and the claims SharePoint grants them by, and the site's three associated groups with the members they
 * start with (/work/notes/DIRECTORY.md; local/README.md, "Users and permissions"). Which person belongs to
 * which unit is the app's data, not SharePoint's: it is not here.
 *
 * A request chooses its person by the `mrLocalUser` cookie or the `X-MR-Local-User` header: the mailbox
 * part of the person's e-mail address (`ali.hassan`), or one of the old keys `editor`, `member`, `reader`.
 */
import { ROLE_CONTRIBUTE, ROLE_FULL_CONTROL, ROLE_READ } from './permissions.ts';

export const TENANT_DOMAIN = 'mrlocal.onmicrosoft.com';

/** The keys the local page and old links used before there were more than three people. */
export type LocalUserAlias = 'editor' | 'member' | 'reader';

/** Where a person stands on the site before the app grants anything: site owner, editor, or staff who read. */
export type SiteRole = 'siteAdmin' | 'editor' | 'staff';

const PEOPLE = [
  { id: 7, mailbox: 'eva.redaktor', title: 'Eva Redaktör', alias: 'editor', siteRole: 'siteAdmin' },
  { id: 8, mailbox: 'maja.medlem', title: 'Maja Medlem', alias: 'member', siteRole: 'staff' },
  { id: 9, mailbox: 'lars.lasare', title: 'Lars Läsare', alias: 'reader', siteRole: 'staff' },
  { id: 10, mailbox: 'omar.lindqvist', title: 'Omar Lindqvist', siteRole: 'editor' },
  { id: 11, mailbox: 'ali.hassan', title: 'Ali Hassan', siteRole: 'staff' },
  { id: 12, mailbox: 'sara.nilsson', title: 'Sara Nilsson', siteRole: 'staff' },
  { id: 13, mailbox: 'johan.berg', title: 'Johan Berg', siteRole: 'staff' },
  { id: 14, mailbox: 'fatima.ahmed', title: 'Fatima Ahmed', siteRole: 'staff' },
  { id: 15, mailbox: 'nils.ek', title: 'Nils Ek', siteRole: 'staff' },
  { id: 16, mailbox: 'karin.holm', title: 'Karin Holm', siteRole: 'staff' },
  { id: 17, mailbox: 'peter.svensson', title: 'Peter Svensson', siteRole: 'staff' },
  { id: 18, mailbox: 'lina.karlsson', title: 'Lina Karlsson', siteRole: 'staff' },
] as const satisfies readonly { id: number; mailbox: string; title: string; alias?: LocalUserAlias; siteRole: SiteRole }[];

export type LocalMailbox = (typeof PEOPLE)[number]['mailbox'];

/** What X-MR-Local-User and the mrLocalUser cookie accept. */
export type LocalUserKey = LocalMailbox | LocalUserAlias;

/** A person of the tenant, who can act on the site. */
export interface LocalUser {
  kind: 'user';
  /** The mailbox part of the e-mail address, which chooses the person. */
  key: LocalMailbox;
  alias?: LocalUserAlias;
  id: number;
  title: string;
  email: string;
  loginName: string;
  siteRole: SiteRole;
  isSiteAdmin: boolean;
}

export interface Microsoft365Group {
  id: string;
  displayName: string;
  members: readonly LocalMailbox[];
  owners: readonly LocalMailbox[];
}

/** The Microsoft 365 groups (Teams teams) of the tenant. SharePoint's REST API does not list their members. */
export const MICROSOFT_365_GROUPS: readonly Microsoft365Group[] = [
  {
    id: '11111111-2222-3333-4444-555555555555',
    displayName: 'Nämndkansliet Hägersten-Älvsjö',
    members: ['maja.medlem', 'ali.hassan', 'sara.nilsson'],
    owners: ['sara.nilsson'],
  },
  {
    id: '22222222-3333-4444-5555-666666666666',
    displayName: 'Strategi och utveckling, Socialförvaltningen',
    members: ['fatima.ahmed'],
    owners: ['fatima.ahmed'],
  },
  // Linked to no unit: being in some team gives no unit rights.
  { id: '33333333-4444-5555-6666-777777777777', displayName: 'Kulturförvaltningen', members: ['nils.ek', 'karin.holm'], owners: [] },
];

/**
 * A Microsoft 365 group as SharePoint grants to it: a claims principal (an SP.User of PrincipalType 4,
 * SecurityGroup) for its members, and another, `…_o`, for its owners. It is in the site's user
 * information list only once something ensured it.
 */
export interface GroupClaim {
  kind: 'claim';
  id: number;
  title: string;
  loginName: string;
  group: Microsoft365Group;
  owners: boolean;
}

export interface SiteGroup {
  kind: 'group';
  id: number;
  title: string;
  description: string;
  /** The permission level the group holds on the web. */
  defaultRoleDefinitionId: number;
}

export type SiteUser = LocalUser | GroupClaim;
export type Principal = SiteUser | SiteGroup;

export const GROUP_CLAIM_PREFIX = 'c:0o.c|federateddirectoryclaimprovider|';

export const LOCAL_USERS: readonly LocalUser[] = PEOPLE.map((person): LocalUser => {
  const email = `${person.mailbox}@${TENANT_DOMAIN}`;
  return {
    kind: 'user',
    key: person.mailbox,
    alias: 'alias' in person ? person.alias : undefined,
    id: person.id,
    title: person.title,
    email,
    loginName: `i:0#.f|membership|${email}`,
    siteRole: person.siteRole,
    isSiteAdmin: person.siteRole === 'siteAdmin',
  };
});

const FIRST_CLAIM_ID = 19;

/** Two claims per group, members then owners, with ids after the people's. */
export const GROUP_CLAIMS: readonly GroupClaim[] = MICROSOFT_365_GROUPS.flatMap((group, index): GroupClaim[] => [
  { kind: 'claim', id: FIRST_CLAIM_ID + 2 * index, title: group.displayName, loginName: `${GROUP_CLAIM_PREFIX}${group.id}`, group, owners: false },
  {
    kind: 'claim',
    id: FIRST_CLAIM_ID + 2 * index + 1,
    title: `${group.displayName} Owners`,
    loginName: `${GROUP_CLAIM_PREFIX}${group.id}_o`,
    group,
    owners: true,
  },
]);

export const DEFAULT_USER_KEY: LocalUserKey = 'editor';

export const OWNER_GROUP_ID = 3;
export const VISITOR_GROUP_ID = 4;
export const MEMBER_GROUP_ID = 5;

export const SITE_GROUPS: readonly SiteGroup[] = [
  {
    kind: 'group',
    id: OWNER_GROUP_ID,
    title: 'MR Owners',
    description: 'Use this group to grant people full control permissions to the SharePoint site: MR-programmet',
    defaultRoleDefinitionId: ROLE_FULL_CONTROL,
  },
  {
    kind: 'group',
    id: VISITOR_GROUP_ID,
    title: 'MR Visitors',
    description: 'Use this group to grant people read permissions to the SharePoint site: MR-programmet',
    defaultRoleDefinitionId: ROLE_READ,
  },
  {
    kind: 'group',
    id: MEMBER_GROUP_ID,
    title: 'MR Members',
    description: 'Use this group to grant people contribute permissions to the SharePoint site: MR-programmet',
    defaultRoleDefinitionId: ROLE_CONTRIBUTE,
  },
];

/**
 * The site groups' members when the site is created: editors own the site; staff read it (Visitors), except
 * Maja Medlem, the `member` of the three original users, who stays in MR Members as on a site set up by an
 * earlier version (where members held Contribute on the per-unit lists). Her write rights on the unit
 * folders still come only from the app's role assignments once those lists have their own permissions.
 */
export function initialGroupMembers(groupId: number): number[] {
  const people = (predicate: (user: LocalUser) => boolean): number[] => LOCAL_USERS.filter(predicate).map((user) => user.id);
  switch (groupId) {
    case OWNER_GROUP_ID:
      return people((user) => user.siteRole !== 'staff');
    case MEMBER_GROUP_ID:
      return people((user) => user.alias === 'member');
    case VISITOR_GROUP_ID:
      return people((user) => user.siteRole === 'staff' && user.alias !== 'member');
    default:
      return [];
  }
}

/** The person a request names by mailbox or alias (case-insensitive). */
export function userByKey(key: string): LocalUser | undefined {
  const wanted = key.trim().toLowerCase();
  return LOCAL_USERS.find((user) => user.key === wanted || user.alias === wanted);
}

export function principalById(id: number): Principal | undefined {
  return LOCAL_USERS.find((user) => user.id === id) ?? GROUP_CLAIMS.find((claim) => claim.id === id) ?? SITE_GROUPS.find((group) => group.id === id);
}

export function userById(id: number): LocalUser | undefined {
  return LOCAL_USERS.find((user) => user.id === id);
}

/** Resolves a claims login name, an e-mail address or a bare account name, as EnsureUser does; group claims by their claim. */
export function siteUserByLogonName(logonName: string): SiteUser | undefined {
  const wanted = logonName.trim().toLowerCase();
  const person = LOCAL_USERS.find((user) => user.loginName.toLowerCase() === wanted || user.email.toLowerCase() === wanted || user.key === wanted);
  return person ?? GROUP_CLAIMS.find((claim) => claim.loginName.toLowerCase() === wanted);
}

export function groupByName(name: string): SiteGroup | undefined {
  const wanted = name.toLowerCase();
  return SITE_GROUPS.find((group) => group.title.toLowerCase() === wanted);
}

/** The group claims a person holds: the members claim of each group they are in, the owners claim of each they own. */
export function claimIdsOf(user: LocalUser): number[] {
  return GROUP_CLAIMS.filter((claim) => (claim.owners ? claim.group.owners : claim.group.members).includes(user.key)).map((claim) => claim.id);
}
