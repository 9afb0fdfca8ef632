/**
 * The site's fixed principals: three local users and the three associated site groups.
 * The acting user is chosen per request by the `mrLocalUser` cookie or the `X-MR-Local-User` header.
 */
import { ROLE_CONTRIBUTE, ROLE_FULL_CONTROL, ROLE_READ } from './permissions.ts';

export type LocalUserKey = 'editor' | 'member' | 'reader';

export interface LocalUser {
  kind: 'user';
  key: LocalUserKey;
  id: number;
  title: string;
  email: string;
  loginName: string;
  isSiteAdmin: boolean;
}

export interface SiteGroup {
  kind: 'group';
  id: number;
  title: string;
  description: string;
  memberIds: readonly number[];
  /** The permission level the group holds on the web by default. */
  defaultRoleDefinitionId: number;
}

export type Principal = LocalUser | SiteGroup;

const TENANT_DOMAIN = 'mrlocal.onmicrosoft.com';

function localUser(key: LocalUserKey, id: number, title: string, mailbox: string, isSiteAdmin: boolean): LocalUser {
  const email = `${mailbox}@${TENANT_DOMAIN}`;
  return { kind: 'user', key, id, title, email, loginName: `i:0#.f|membership|${email}`, isSiteAdmin };
}

export const LOCAL_USERS: readonly LocalUser[] = [
  localUser('editor', 7, 'Eva Redaktör', 'eva.redaktor', true),
  localUser('member', 8, 'Maja Medlem', 'maja.medlem', false),
  localUser('reader', 9, 'Lars Läsare', 'lars.lasare', false),
];

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
    memberIds: [7],
    defaultRoleDefinitionId: ROLE_FULL_CONTROL,
  },
  {
    kind: 'group',
    id: VISITOR_GROUP_ID,
    title: 'MR Visitors',
    description: 'Use this group to grant people read permissions to the SharePoint site: MR-programmet',
    memberIds: [9],
    defaultRoleDefinitionId: ROLE_READ,
  },
  {
    kind: 'group',
    id: MEMBER_GROUP_ID,
    title: 'MR Members',
    description: 'Use this group to grant people contribute permissions to the SharePoint site: MR-programmet',
    memberIds: [8],
    defaultRoleDefinitionId: ROLE_CONTRIBUTE,
  },
];

export function userByKey(key: string): LocalUser | undefined {
  return LOCAL_USERS.find((user) => user.key === key);
}

export function principalById(id: number): Principal | undefined {
  return LOCAL_USERS.find((user) => user.id === id) ?? SITE_GROUPS.find((group) => group.id === id);
}

export function userById(id: number): LocalUser | undefined {
  return LOCAL_USERS.find((user) => user.id === id);
}

/** Resolves a claims login name, an e-mail address or a bare account name, as EnsureUser does. */
export function userByLogonName(logonName: string): LocalUser | undefined {
  const wanted = logonName.trim().toLowerCase();
  return LOCAL_USERS.find(
    (user) => user.loginName.toLowerCase() === wanted || user.email.toLowerCase() === wanted || user.email.split('@')[0] === wanted
  );
}

export function groupByName(name: string): SiteGroup | undefined {
  const wanted = name.toLowerCase();
  return SITE_GROUPS.find((group) => group.title.toLowerCase() === wanted);
}

/** The principals whose role assignments apply to a user: the user and the groups it belongs to. */
export function principalIdsOf(user: LocalUser): number[] {
  return [user.id, ...SITE_GROUPS.filter((group) => group.memberIds.includes(user.id)).map((group) => group.id)];
}
