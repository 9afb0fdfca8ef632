/**
 * Site users and groups: currentUser, siteUsers (by id, e-mail or login name), getUserById, ensureUser,
 * siteGroups with their users (add, removeById, removeByLoginName) and the web's associated owner, member
 * and visitor groups. Site users are the people of the directory and the Microsoft 365 group claims some
 * call has ensured.
 */
import { groupCannotBeFound, userCannotBeFound, userNotFound } from '../errors.ts';
import { collectionResponse, ComplexValue, entityResponse, voidResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import {
  groupByName,
  MEMBER_GROUP_ID,
  OWNER_GROUP_ID,
  principalById,
  SITE_GROUPS,
  siteUserByLogonName,
  VISITOR_GROUP_ID,
} from '../sharepoint/directory.ts';
import type { Principal, SiteGroup, SiteUser } from '../sharepoint/directory.ts';
import type { Site } from '../sharepoint/site.ts';
import type { ApiContext } from './context.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';

const USERS_METADATA = 'SP.ApiData.Users';
const GROUPS_METADATA = 'SP.ApiData.Groups';

/** SP.Utilities.PrincipalType: a person, or a security group (a Microsoft 365 group claim). */
const PRINCIPAL_TYPE_USER = 1;
const PRINCIPAL_TYPE_SECURITY_GROUP = 4;
const PRINCIPAL_TYPE_SHAREPOINT_GROUP = 8;

function userEntity(context: ApiContext, user: SiteUser): Entity {
  const path = `Web/GetUserById(${user.id})`;
  const person = user.kind === 'user' ? user : undefined;
  return {
    type: 'SP.User',
    ...context.addressOf(path),
    props: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: person ? PRINCIPAL_TYPE_USER : PRINCIPAL_TYPE_SECURITY_GROUP,
      Email: person?.email ?? '',
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: person?.isSiteAdmin ?? false,
      UserId: person
        ? new ComplexValue('SP.UserIdInfo', { NameId: `1003${user.id.toString(16).padStart(12, '0')}`, NameIdIssuer: 'urn:federation:microsoftonline' })
        : null,
      UserPrincipalName: person?.email ?? null,
    },
  };
}

function groupEntity(context: ApiContext, group: SiteGroup): Entity {
  const path = `Web/SiteGroups/GetById(${group.id})`;
  return {
    type: 'SP.Group',
    ...context.addressOf(path),
    props: {
      Id: group.id,
      IsHiddenInUI: false,
      LoginName: group.title,
      Title: group.title,
      PrincipalType: PRINCIPAL_TYPE_SHAREPOINT_GROUP,
      AllowMembersEditMembership: false,
      AllowRequestToJoinLeave: false,
      AutoAcceptRequestToJoinLeave: false,
      Description: group.description,
      OnlyAllowMembersViewMembership: false,
      OwnerTitle: 'MR Owners',
      RequestToJoinLeaveEmailSetting: null,
    },
  };
}

export function principalEntity(context: ApiContext, principal: Principal): Entity {
  return principal.kind === 'group' ? groupEntity(context, principal) : userEntity(context, principal);
}

function authorizeBrowse(context: ApiContext): void {
  context.require('BrowseUserInfo');
}

/** The users in the site's user information list, in id order. */
function siteUsers(site: Site): SiteUser[] {
  return site.store.membership.siteUserIds().flatMap((id) => {
    const principal = principalById(id);
    return principal && principal.kind !== 'group' ? [principal] : [];
  });
}

function groupMembers(site: Site, group: SiteGroup): SiteUser[] {
  return site.store.membership.membersOf(group.id).flatMap((id) => {
    const principal = principalById(id);
    return principal && principal.kind !== 'group' ? [principal] : [];
  });
}

/** Resolves a login name for an ensure or a group add, and puts the user in the site's user information list. */
function ensureSiteUser(site: Site, logonName: string): SiteUser {
  const user = siteUserByLogonName(logonName);
  if (!user) throw userNotFound(logonName);
  site.store.membership.addSiteUser(user.id);
  return user;
}

export function userResource(user: SiteUser): Resource {
  return entityResource({
    metadata: `${USERS_METADATA}/@Element`,
    authorizeRead: authorizeBrowse,
    entity: (context) => userEntity(context, user),
    children: (segment, context) => {
      if (segment.name !== 'groups') return undefined;
      const groupIds = new Set(context.site.store.membership.groupsOf([user.id]));
      return groupsCollection(SITE_GROUPS.filter((group) => groupIds.has(group.id)));
    },
  });
}

function collection(metadata: string, principals: (context: ApiContext) => readonly Principal[]): Resource['get'] {
  return (context) => {
    authorizeBrowse(context);
    const entities = queryEntities(principals(context).map((principal) => principalEntity(context, principal)), context.options);
    return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), metadata);
  };
}

function userOrNotFound(user: SiteUser | undefined): Resource {
  if (!user) throw userCannotBeFound();
  return userResource(user);
}

/** The login name in `users('!@v::i:0#.f|membership|…')`, the form PnPjs's getByLoginName sends. */
function loginNameKey(key: unknown): string {
  return String(key).replace(/^!@v::/, '');
}

/** A user of the collection by a key segment: `getById(7)`, `getByEmail('…')`, `getByLoginName('…')`, `users(7)`, `users('!@v::…')`. */
function userInCollection(users: readonly SiteUser[], segment: Segment): Resource | undefined {
  const key = keyArgument(segment);
  const find = (predicate: (user: SiteUser) => boolean): Resource => userOrNotFound(users.find(predicate));
  switch (segment.name) {
    case 'getbyid':
      return find((user) => user.id === Number(key));
    case 'getbyemail':
      return find((user) => user.kind === 'user' && user.email.toLowerCase() === String(key).toLowerCase());
    case 'getbyloginname':
    case 'users':
    case 'siteusers': {
      if (typeof key === 'number') return find((user) => user.id === key);
      const wanted = siteUserByLogonName(loginNameKey(key));
      return find((user) => user.id === wanted?.id);
    }
    default:
      return undefined;
  }
}

function siteUsersCollection(): Resource {
  return {
    get: collection(USERS_METADATA, (context) => siteUsers(context.site)),
    child: (segment, context) => userInCollection(siteUsers(context.site), segment),
  };
}

/** A group's users: read by anyone who may browse users; changed by those who may manage permissions. */
function groupUsersCollection(group: SiteGroup): Resource {
  const change = (name: string, work: (context: ApiContext) => void): Resource => ({
    post: (context) => {
      context.require('ManagePermissions');
      work(context);
      return voidResponse(name);
    },
  });
  return {
    get: collection(USERS_METADATA, (context) => groupMembers(context.site, group)),
    post: (context) => {
      context.require('ManagePermissions');
      const user = ensureSiteUser(context.site, String(context.creationBody.LoginName ?? ''));
      context.site.store.membership.addMember(group.id, user.id);
      return entityResponse(userEntity(context, user), `${USERS_METADATA}/@Element`, 201);
    },
    child: (segment, context) => {
      const key = keyArgument(segment);
      switch (segment.name) {
        case 'removebyid':
          return change('RemoveById', (request) => {
            if (!request.site.store.membership.removeMember(group.id, Number(key))) throw userCannotBeFound();
          });
        case 'removebyloginname':
          return change('RemoveByLoginName', (request) => {
            const user = siteUserByLogonName(loginNameKey(key));
            if (!user || !request.site.store.membership.removeMember(group.id, user.id)) throw userCannotBeFound();
          });
        default:
          return userInCollection(groupMembers(context.site, group), segment);
      }
    },
  };
}

function groupResource(group: SiteGroup): Resource {
  return entityResource({
    metadata: `${GROUPS_METADATA}/@Element`,
    authorizeRead: authorizeBrowse,
    entity: (context) => groupEntity(context, group),
    children: (segment) => (segment.name === 'users' && keyArgument(segment) === undefined ? groupUsersCollection(group) : undefined),
  });
}

function groupsCollection(groups: readonly SiteGroup[]): Resource {
  const groupOrNotFound = (group: SiteGroup | undefined): Resource => {
    if (!group) throw groupCannotBeFound();
    return groupResource(group);
  };
  return {
    get: collection(GROUPS_METADATA, () => groups),
    child: (segment) => {
      const key = keyArgument(segment);
      if (segment.name === 'getbyid' || segment.name === 'sitegroups') return groupOrNotFound(groups.find((group) => group.id === Number(key)));
      if (segment.name === 'getbyname') return groupOrNotFound(groupByName(String(key)));
      return undefined;
    },
  };
}

/** The children of _api/web that are about users and groups. */
export function userChildren(segment: Segment, context: ApiContext): Resource | undefined {
  const key = keyArgument(segment);
  switch (segment.name) {
    case 'currentuser':
      return userResource(context.user);
    case 'siteusers':
      return key === undefined ? siteUsersCollection() : userInCollection(siteUsers(context.site), segment);
    case 'getuserbyid':
      return userInCollection(siteUsers(context.site), { ...segment, name: 'getbyid' });
    case 'ensureuser':
      return {
        post: (ensureContext) => {
          authorizeBrowse(ensureContext);
          const user = ensureSiteUser(ensureContext.site, String(ensureContext.body.logonName ?? ''));
          return entityResponse(userEntity(ensureContext, user), `${USERS_METADATA}/@Element`);
        },
      };
    case 'sitegroups':
      return key === undefined ? groupsCollection(SITE_GROUPS) : groupsCollection(SITE_GROUPS).child!(segment, context);
    case 'associatedownergroup':
      return groupResource(SITE_GROUPS.find((group) => group.id === OWNER_GROUP_ID)!);
    case 'associatedmembergroup':
      return groupResource(SITE_GROUPS.find((group) => group.id === MEMBER_GROUP_ID)!);
    case 'associatedvisitorgroup':
      return groupResource(SITE_GROUPS.find((group) => group.id === VISITOR_GROUP_ID)!);
    default:
      return undefined;
  }
}
