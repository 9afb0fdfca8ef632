/**
 * Securable-object endpoints shared by the web and its lists: roleDefinitions, roleAssignments
 * (add/remove), breakRoleInheritance/resetRoleInheritance, EffectiveBasePermissions and
 * getUserEffectivePermissions.
 */
import { principalNotFound, roleDefinitionNotFound, userNotFound } from '../errors.ts';
import { collectionResponse, ComplexValue, deletedResponse, valueResponse, voidResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import { projectEntity, queryEntities } from '../odata/queryOptions.ts';
import { keyArgument } from '../odata/segments.ts';
import type { Segment } from '../odata/segments.ts';
import { principalById, siteUserByLogonName } from '../sharepoint/directory.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import {
  basePermissionsFromMask,
  ROLE_DEFINITIONS,
  roleDefinitionById,
  roleDefinitionByName,
  roleDefinitionByType,
} from '../sharepoint/permissions.ts';
import type { RoleDefinition } from '../sharepoint/permissions.ts';
import {
  breakRoleInheritance,
  changeRoleAssignment,
  effectivePermissionMask,
  resetRoleInheritance,
  securityScope,
} from '../sharepoint/security.ts';
import type { ListRecord } from '../store/records.ts';
import type { ApiContext } from './context.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';
import { principalEntity } from './users.ts';

const ROLE_DEFINITIONS_METADATA = 'SP.ApiData.RoleDefinitions';
const ROLE_ASSIGNMENTS_METADATA = 'SP.ApiData.RoleAssignments';

/** Resolves the securable a path addresses: the web (undefined) or a list, read fresh for each request. */
export type SecurableLookup = (context: ApiContext) => ListRecord | undefined;

function roleDefinitionEntity(context: ApiContext, definition: RoleDefinition): Entity {
  const path = `Web/RoleDefinitions(${definition.id})`;
  return {
    type: 'SP.RoleDefinition',
    ...context.addressOf(path),
    props: {
      BasePermissions: new ComplexValue('SP.BasePermissions', { ...definition.basePermissions }),
      Description: definition.description,
      Hidden: definition.hidden,
      Id: definition.id,
      Name: definition.name,
      Order: definition.order,
      RoleTypeKind: definition.roleTypeKind,
    },
  };
}

function roleDefinitionResource(definition: RoleDefinition | undefined): Resource {
  if (!definition) throw roleDefinitionNotFound();
  return entityResource({ metadata: `${ROLE_DEFINITIONS_METADATA}/@Element`, entity: (context) => roleDefinitionEntity(context, definition) });
}

function roleDefinitionsResource(): Resource {
  return {
    get: (context) => {
      const entities = queryEntities(ROLE_DEFINITIONS.map((definition) => roleDefinitionEntity(context, definition)), context.options);
      return collectionResponse(entities.map((entity) => projectEntity(entity, context.options.select)), ROLE_DEFINITIONS_METADATA);
    },
    child: (segment) => {
      const key = keyArgument(segment);
      switch (segment.name) {
        case 'roledefinitions':
        case 'getbyid':
          return roleDefinitionResource(roleDefinitionById(Number(key)));
        case 'getbyname':
          return roleDefinitionResource(roleDefinitionByName(String(key)));
        case 'getbytype':
          return roleDefinitionResource(roleDefinitionByType(Number(key)));
        default:
          return undefined;
      }
    },
  };
}

/** One SP.RoleAssignment per principal, with Member and RoleDefinitionBindings when $expand names them. */
function roleAssignmentEntities(context: ApiContext, list: ListRecord | undefined, principalId?: number): Entity[] {
  const bindings = new Map<number, RoleDefinition[]>();
  for (const assignment of context.site.store.roleAssignments.of(securityScope(list))) {
    const definition = roleDefinitionById(assignment.roleDefinitionId);
    if (!definition || (principalId !== undefined && assignment.principalId !== principalId)) continue;
    bindings.set(assignment.principalId, [...(bindings.get(assignment.principalId) ?? []), definition]);
  }
  const expand = new Set(context.options.expand.map((name) => name.toLowerCase()));
  const base = list ? `Web/Lists(guid'${list.id}')` : 'Web';
  return [...bindings].map(([id, definitions]) => {
    const path = `${base}/RoleAssignments/GetByPrincipalId(${id})`;
    const props: Record<string, unknown> = { PrincipalId: id };
    const principal = principalById(id);
    if (expand.has('member') && principal) {
      const member = principalEntity(context, principal);
      props.Member = new ComplexValue(member.type, member.props);
    }
    if (expand.has('roledefinitionbindings')) {
      props.RoleDefinitionBindings = definitions.map((definition) => {
        const entity = roleDefinitionEntity(context, definition);
        return new ComplexValue(entity.type, entity.props);
      });
    }
    return { type: 'SP.RoleAssignment', ...context.addressOf(path), props };
  });
}

function roleAssignmentResource(lookup: SecurableLookup, principalId: number): Resource {
  return entityResource({
    metadata: `${ROLE_ASSIGNMENTS_METADATA}/@Element`,
    authorizeRead: (context) => context.require('EnumeratePermissions', lookup(context)),
    entity: (context) => {
      const [entity] = roleAssignmentEntities(context, lookup(context), principalId);
      if (!entity) throw principalNotFound(principalId);
      return entity;
    },
    delete: (context) => {
      const list = lookup(context);
      context.require('ManagePermissions', list);
      for (const assignment of context.site.store.roleAssignments.of(securityScope(list)).filter((candidate) => candidate.principalId === principalId)) {
        changeRoleAssignment(context.site, list, assignment, false);
      }
      return deletedResponse();
    },
    children: (segment, context) => {
      if (segment.name === 'member') {
        const principal = principalById(principalId);
        if (!principal) throw principalNotFound(principalId);
        return entityResource({ metadata: 'SP.ApiData.Principals/@Element', entity: () => principalEntity(context, principal) });
      }
      if (segment.name === 'roledefinitionbindings') {
        return {
          get: () => {
            const definitions = context.site.store
              .roleAssignments.of(securityScope(lookup(context)))
              .filter((assignment) => assignment.principalId === principalId)
              .map((assignment) => roleDefinitionEntity(context, roleDefinitionById(assignment.roleDefinitionId)!));
            return collectionResponse(definitions, ROLE_DEFINITIONS_METADATA);
          },
        };
      }
      return undefined;
    },
  });
}

function roleAssignmentsResource(lookup: SecurableLookup): Resource {
  return {
    get: (context) => {
      const list = lookup(context);
      context.require('EnumeratePermissions', list);
      return collectionResponse(roleAssignmentEntities(context, list), ROLE_ASSIGNMENTS_METADATA);
    },
    child: (segment) => {
      switch (segment.name) {
        case 'addroleassignment':
        case 'removeroleassignment': {
          const assignment = { principalId: Number(segment.named.get('principalid')), roleDefinitionId: Number(segment.named.get('roledefid')) };
          const add = segment.name === 'addroleassignment';
          return {
            post: (context) => {
              const list = lookup(context);
              context.require('ManagePermissions', list);
              changeRoleAssignment(context.site, list, assignment, add);
              return voidResponse(add ? 'AddRoleAssignment' : 'RemoveRoleAssignment');
            },
          };
        }
        case 'getbyprincipalid':
        case 'roleassignments':
          return roleAssignmentResource(lookup, Number(keyArgument(segment)));
        default:
          return undefined;
      }
    },
  };
}

/** A user's SP.BasePermissions on the web or a list. */
export function basePermissionsOf(context: ApiContext, user: LocalUser, list: ListRecord | undefined): ComplexValue {
  return new ComplexValue('SP.BasePermissions', { ...basePermissionsFromMask(effectivePermissionMask(context.site, user, list)) });
}

/** The children of a web or list that concern its security. */
export function securityChildren(segment: Segment, context: ApiContext, lookup: SecurableLookup): Resource | undefined {
  switch (segment.name) {
    case 'roledefinitions':
      return keyArgument(segment) === undefined ? roleDefinitionsResource() : roleDefinitionsResource().child!(segment, context);
    case 'roleassignments':
      return keyArgument(segment) === undefined ? roleAssignmentsResource(lookup) : roleAssignmentResource(lookup, Number(keyArgument(segment)));
    case 'effectivebasepermissions':
      return {
        get: (request) =>
          valueResponse('EffectiveBasePermissions', 'SP.BasePermissions', basePermissionsOf(request, request.user, lookup(request))),
      };
    case 'getusereffectivepermissions':
      return {
        get: (request) => {
          const logonName = String(keyArgument(segment) ?? '');
          const user = siteUserByLogonName(logonName);
          if (user?.kind !== 'user') throw userNotFound(logonName);
          const list = lookup(request);
          if (user.id !== request.user.id) request.require('EnumeratePermissions', list);
          return valueResponse('GetUserEffectivePermissions', 'SP.BasePermissions', basePermissionsOf(request, user, list));
        },
      };
    case 'breakroleinheritance':
      return {
        post: (request) => {
          const list = lookup(request);
          request.require('ManagePermissions', list);
          if (list) breakRoleInheritance(request.site, list, request.user, segment.named.get('copyroleassignments') === true);
          return voidResponse('BreakRoleInheritance');
        },
      };
    case 'resetroleinheritance':
      return {
        post: (request) => {
          const list = lookup(request);
          request.require('ManagePermissions', list);
          if (list) resetRoleInheritance(request.site, list);
          return voidResponse('ResetRoleInheritance');
        },
      };
    default:
      return undefined;
  }
}
