/**
 * Securable-object endpoints shared by the web, its lists and their items and folders: roleDefinitions,
 * roleAssignments (add/remove), breakRoleInheritance/resetRoleInheritance, HasUniqueRoleAssignments,
 * EffectiveBasePermissions and getUserEffectivePermissions.
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
import { breakRoleInheritance, changeRoleAssignment, effectivePermissionMask, resetRoleInheritance } from '../sharepoint/security.ts';
import type { Securable } from '../sharepoint/security.ts';
import type { ApiContext } from './context.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';
import { principalEntity } from './users.ts';

const ROLE_DEFINITIONS_METADATA = 'SP.ApiData.RoleDefinitions';
const ROLE_ASSIGNMENTS_METADATA = 'SP.ApiData.RoleAssignments';

/** Resolves the securable a path addresses (the web, a list, an item or folder), read fresh for each request. */
export type SecurableLookup = (context: ApiContext) => Securable;

/** The address of a securable's entity, relative to _api/. */
function securablePath(securable: Securable): string {
  if (securable.kind === 'web') return 'Web';
  const list = `Web/Lists(guid'${securable.list.id}')`;
  return securable.kind === 'list' ? list : `${list}/Items(${securable.item.id})`;
}

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
function roleAssignmentEntities(context: ApiContext, securable: Securable, principalId?: number): Entity[] {
  const bindings = new Map<number, RoleDefinition[]>();
  for (const assignment of context.site.store.roleAssignments.of(context.permissions.scopeOf(securable))) {
    const definition = roleDefinitionById(assignment.roleDefinitionId);
    if (!definition || (principalId !== undefined && assignment.principalId !== principalId)) continue;
    bindings.set(assignment.principalId, [...(bindings.get(assignment.principalId) ?? []), definition]);
  }
  const expand = new Set(context.options.expand.map((name) => name.toLowerCase()));
  const base = securablePath(securable);
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
    authorizeRead: (context) => context.permissions.require('EnumeratePermissions', lookup(context)),
    entity: (context) => {
      const [entity] = roleAssignmentEntities(context, lookup(context), principalId);
      if (!entity) throw principalNotFound(principalId);
      return entity;
    },
    delete: (context) => {
      const securable = lookup(context);
      context.permissions.require('ManagePermissions', securable);
      const scope = context.permissions.scopeOf(securable);
      for (const assignment of context.site.store.roleAssignments.of(scope).filter((candidate) => candidate.principalId === principalId)) {
        changeRoleAssignment(context.site, context.permissions, securable, assignment, false);
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
              .roleAssignments.of(context.permissions.scopeOf(lookup(context)))
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
      const securable = lookup(context);
      context.permissions.require('EnumeratePermissions', securable);
      return collectionResponse(roleAssignmentEntities(context, securable), ROLE_ASSIGNMENTS_METADATA);
    },
    child: (segment) => {
      switch (segment.name) {
        case 'addroleassignment':
        case 'removeroleassignment': {
          const assignment = { principalId: Number(segment.named.get('principalid')), roleDefinitionId: Number(segment.named.get('roledefid')) };
          const add = segment.name === 'addroleassignment';
          return {
            post: (context) => {
              const securable = lookup(context);
              context.permissions.require('ManagePermissions', securable);
              changeRoleAssignment(context.site, context.permissions, securable, assignment, add);
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

/** A person's SP.BasePermissions on a securable: the caller's from this request's view, anyone else's afresh. */
export function basePermissionsOf(context: ApiContext, user: LocalUser, securable: Securable): ComplexValue {
  const mask = user.id === context.user.id ? context.permissions.maskOf(securable) : effectivePermissionMask(context.site, user, securable);
  return new ComplexValue('SP.BasePermissions', { ...basePermissionsFromMask(mask) });
}

/** The children of a web or list that concern its security. */
export function securityChildren(segment: Segment, context: ApiContext, lookup: SecurableLookup): Resource | undefined {
  switch (segment.name) {
    case 'roledefinitions':
      return keyArgument(segment) === undefined ? roleDefinitionsResource() : roleDefinitionsResource().child!(segment, context);
    case 'roleassignments':
      return keyArgument(segment) === undefined ? roleAssignmentsResource(lookup) : roleAssignmentResource(lookup, Number(keyArgument(segment)));
    case 'hasuniqueroleassignments':
      return { get: (request) => valueResponse('HasUniqueRoleAssignments', 'Edm.Boolean', request.permissions.hasUniqueRoleAssignments(lookup(request))) };
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
          const securable = lookup(request);
          if (user.id !== request.user.id) request.permissions.require('EnumeratePermissions', securable);
          return valueResponse('GetUserEffectivePermissions', 'SP.BasePermissions', basePermissionsOf(request, user, securable));
        },
      };
    case 'breakroleinheritance':
      return {
        post: (request) => {
          const securable = lookup(request);
          request.permissions.require('ManagePermissions', securable);
          breakRoleInheritance(request.site, request.permissions, securable, request.user, {
            copyRoleAssignments: segment.named.get('copyroleassignments') === true,
            clearSubscopes: segment.named.get('clearsubscopes') === true,
          });
          return voidResponse('BreakRoleInheritance');
        },
      };
    case 'resetroleinheritance':
      return {
        post: (request) => {
          const securable = lookup(request);
          request.permissions.require('ManagePermissions', securable);
          resetRoleInheritance(request.site, securable);
          return voidResponse('ResetRoleInheritance');
        },
      };
    default:
      return undefined;
  }
}
