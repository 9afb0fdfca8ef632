/**
 * Site users and groups: currentUser, siteUsers (by id, e-mail or login name), getUserById, ensureUser,
 * siteGroups and the web's associated owner, member and visitor groups.
 */
import { groupCannotBeFound, userCannotBeFound, userNotFound } from '../errors.ts';
import { collectionResponse, ComplexValue, entityResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import {
  groupByName,
  LOCAL_USERS,
  MEMBER_GROUP_ID,
  OWNER_GROUP_ID,
  principalById,
  SITE_GROUPS,
  userByLogonName,
  VISITOR_GROUP_ID,
} from '../sharepoint/directory.ts';
import type { LocalUser, Principal, SiteGroup } from '../sharepoint/directory.ts';
import type { ApiContext } from './context.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';

const USERS_METADATA = 'SP.ApiData.Users';
const GROUPS_METADATA = 'SP.ApiData.Groups';

function userEntity(context: ApiContext, user: LocalUser): Entity {
  const path = `Web/GetUserById(${user.id})`;
  return {
    type: 'SP.User',
    ...context.addressOf(path),
    props: {
      Id: user.id,
      IsHiddenInUI: false,
      LoginName: user.loginName,
      Title: user.title,
      PrincipalType: 1,
      Email: user.email,
      Expiration: '',
      IsEmailAuthenticationGuestUser: false,
      IsShareByEmailGuestUser: false,
      IsSiteAdmin: user.isSiteAdmin,
      UserId: new ComplexValue('SP.UserIdInfo', {
        NameId: `1003${user.id.toString(16).padStart(12, '0')}`,
        NameIdIssuer: 'urn:federation:microsoftonline',
      }),
      UserPrincipalName: user.email,
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
      PrincipalType: 8,
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
  return principal.kind === 'user' ? userEntity(context, principal) : groupEntity(context, principal);
}

function authorizeBrowse(context: ApiContext): void {
  context.require('BrowseUserInfo');
}

export function userResource(user: LocalUser): Resource {
  return entityResource({
    metadata: `${USERS_METADATA}/@Element`,
    authorizeRead: authorizeBrowse,
    entity: (context) => userEntity(context, user),
    children: (segment) => (segment.name === 'groups' ? groupsCollection(SITE_GROUPS.filter((group) => group.memberIds.includes(user.id))) : undefined),
  });
}

function groupResource(group: SiteGroup): Resource {
  return entityResource({
    metadata: `${GROUPS_METADATA}/@Element`,
    authorizeRead: authorizeBrowse,
    entity: (context) => groupEntity(context, group),
    children: (segment) =>
      segment.name === 'users' ? usersCollection(LOCAL_USERS.filter((user) => group.memberIds.includes(user.id))) : undefined,
  });
}

function collection(metadata: string, principals: readonly Principal[]): Resource['get'] {
  return (context) => {
    authorizeBrowse(context);
    const entities = queryEntities(principals.map((principal) => principalEntity(context, principal)), context.options);
    return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), metadata);
  };
}

function userOrNotFound(user: LocalUser | undefined): Resource {
  if (!user) throw userCannotBeFound();
  return userResource(user);
}

/** siteUsers, or the users of a group. */
function usersCollection(users: readonly LocalUser[]): Resource {
  const find = (predicate: (user: LocalUser) => boolean): LocalUser | undefined => users.find(predicate);
  return {
    get: collection(USERS_METADATA, users),
    child: (segment) => {
      const key = keyArgument(segment);
      switch (segment.name) {
        case 'getbyid':
          return userOrNotFound(find((user) => user.id === Number(key)));
        case 'getbyemail':
          return userOrNotFound(find((user) => user.email.toLowerCase() === String(key).toLowerCase()));
        case 'getbyloginname': {
          const user = userByLogonName(String(key));
          return userOrNotFound(user && find((candidate) => candidate.id === user.id));
        }
        default:
          return undefined;
      }
    },
  };
}

function groupsCollection(groups: readonly SiteGroup[]): Resource {
  const groupOrNotFound = (group: SiteGroup | undefined): Resource => {
    if (!group) throw groupCannotBeFound();
    return groupResource(group);
  };
  return {
    get: collection(GROUPS_METADATA, groups),
    child: (segment) => {
      const key = keyArgument(segment);
      if (segment.name === 'getbyid') return groupOrNotFound(groups.find((group) => group.id === Number(key)));
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
      if (key === undefined) return usersCollection(LOCAL_USERS);
      return userOrNotFound(typeof key === 'number' ? LOCAL_USERS.find((user) => user.id === key) : userByLogonName(String(key)));
    case 'getuserbyid': {
      const principal = principalById(Number(key));
      return userOrNotFound(principal?.kind === 'user' ? principal : undefined);
    }
    case 'ensureuser':
      return {
        post: (ensureContext) => {
          authorizeBrowse(ensureContext);
          const logonName = String(ensureContext.body.logonName ?? '');
          const user = userByLogonName(logonName);
          if (!user) throw userNotFound(logonName);
          return entityResponse(userEntity(ensureContext, user), `${USERS_METADATA}/@Element`);
        },
      };
    case 'sitegroups':
      if (key === undefined) return groupsCollection(SITE_GROUPS);
      return groupsCollection(SITE_GROUPS).child!({ ...segment, name: 'getbyid' }, context);
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
