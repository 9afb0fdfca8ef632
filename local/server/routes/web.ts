/**
 * The root of the REST API: _api/web (with its lists, users, groups and security), _api/site and
 * _api/contextinfo.
 */
import { ComplexValue, valueResponse } from '../odata/model.ts';
import type { Entity } from '../odata/model.ts';
import type { Segment } from '../odata/segments.ts';
import { issueFormDigest } from '../sharepoint/digest.ts';
import { FORM_DIGEST_TIMEOUT_SECONDS } from '../limits.ts';
import { SITE_LANGUAGE, SITE_PATH, SITE_TITLE } from '../sharepoint/site.ts';
import type { ApiContext } from './context.ts';
import { fileChildren, moveFileByPathResource } from './files.ts';
import { folderChildren } from './folders.ts';
import { listsChild } from './lists.ts';
import { entityResource } from './resource.ts';
import type { Resource } from './resource.ts';
import { basePermissionsOf, securityChildren } from './security.ts';
import { userChildren } from './users.ts';

/** The SharePoint Online build the local SharePoint reports. */
const LIBRARY_VERSION = '16.0.25409.12007';

function webEntity(context: ApiContext): Entity {
  const { site } = context;
  const lastModified = site.store.lists.all().reduce((latest, list) => (list.lastItemModifiedDate > latest ? list.lastItemModifiedDate : latest), site.created);
  return {
    type: 'SP.Web',
    ...context.addressOf('Web'),
    props: {
      AllowRssFeeds: true,
      Created: site.created,
      Description: '',
      Id: site.webId,
      IsMultilingual: false,
      Language: SITE_LANGUAGE,
      LastItemModifiedDate: lastModified,
      LastItemUserModifiedDate: lastModified,
      ServerRelativeUrl: SITE_PATH,
      SiteLogoUrl: null,
      Title: SITE_TITLE,
      Url: context.siteUrl,
      WebTemplate: 'STS',
    },
    onDemand: {
      EffectiveBasePermissions: () => basePermissionsOf(context, context.user, { kind: 'web' }),
      HasUniqueRoleAssignments: () => true,
    },
  };
}

function siteEntity(context: ApiContext): Entity {
  return {
    type: 'SP.Site',
    ...context.addressOf('Site'),
    props: { Id: context.site.siteId, ReadOnly: false, ServerRelativeUrl: SITE_PATH, Url: context.siteUrl },
  };
}

const webResource: Resource = entityResource({
  metadata: 'SP.ApiData.Webs/@Element',
  authorizeRead: (context) => context.require('Open'),
  entity: webEntity,
  children: (segment, context) =>
    listsChild(segment, context) ??
    userChildren(segment, context) ??
    folderChildren(segment) ??
    fileChildren(segment) ??
    securityChildren(segment, context, () => ({ kind: 'web' })),
});

const contextInfoResource: Resource = {
  post: (context) =>
    valueResponse(
      'GetContextWebInformation',
      'SP.ContextWebInformation',
      new ComplexValue('SP.ContextWebInformation', {
        FormDigestTimeoutSeconds: FORM_DIGEST_TIMEOUT_SECONDS,
        FormDigestValue: issueFormDigest(context.site.digestSecret),
        LibraryVersion: LIBRARY_VERSION,
        SiteFullUrl: context.siteUrl,
        SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
        WebFullUrl: context.siteUrl,
      })
    ),
};

/** The resource _api/ itself; `lists` directly below it addresses the web's lists, as in SharePoint. */
export const apiRoot: Resource = {
  child: (segment: Segment, context: ApiContext) => {
    switch (segment.name) {
      case 'web':
        return webResource;
      case 'site':
        return entityResource({ metadata: 'SP.Site', authorizeRead: (request) => request.require('Open'), entity: siteEntity });
      case 'contextinfo':
        return contextInfoResource;
      case 'sp.movecopyutil.movefilebypath':
        return moveFileByPathResource;
      default:
        return listsChild(segment, context);
    }
  },
};
