/**
 * One REST call being answered: who makes it, what it asks for, and helpers the resources share.
 * Calls inside a $batch get their own context with the batch's user.
 */
import { emptyRequestBody, invalidRequestBody } from '../errors.ts';
import { parseJson } from '../json.ts';
import { parseQueryOptions } from '../odata/queryOptions.ts';
import type { QueryOptions } from '../odata/queryOptions.ts';
import type { LocalUser } from '../sharepoint/directory.ts';
import type { PermissionName } from '../sharepoint/permissions.ts';
import { ReferenceResolver } from '../sharepoint/references.ts';
import { Permissions } from '../sharepoint/security.ts';
import { SITE_PATH } from '../sharepoint/site.ts';
import type { Site } from '../sharepoint/site.ts';
import type { ListRecord } from '../store/records.ts';

export interface ApiRequest {
  /** The effective method: X-HTTP-Method (MERGE, DELETE, …) when a POST carries one. */
  method: string;
  /** The path below `_api/`, still percent-encoded. */
  path: string;
  query: URLSearchParams;
  /** Header values by lower-cased name. */
  headers: Record<string, string | undefined>;
  body: string;
}

/** Verbose JSON wraps metadata and collections; request bodies are read without them. */
function withoutVerboseWrappers(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutVerboseWrappers);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.results) && Object.keys(record).every((key) => key === 'results' || key === '__metadata')) {
    return withoutVerboseWrappers(record.results);
  }
  return Object.fromEntries(
    Object.entries(record)
      .filter(([key]) => key !== '__metadata')
      .map(([key, inner]) => [key, withoutVerboseWrappers(inner)])
  );
}

export class ApiContext {
  readonly site: Site;
  readonly user: LocalUser;
  readonly request: ApiRequest;
  /** Scheme and host the client used, e.g. http://localhost:4321; absolute URLs in responses use it. */
  readonly origin: string;
  private parsedOptions?: QueryOptions;
  private parsedBody?: Record<string, unknown>;
  private resolver?: ReferenceResolver;
  private rights?: Permissions;

  constructor(site: Site, user: LocalUser, request: ApiRequest, origin: string) {
    this.site = site;
    this.user = user;
    this.request = request;
    this.origin = origin;
  }

  get siteUrl(): string {
    return `${this.origin}${SITE_PATH}`;
  }

  get apiUrl(): string {
    return `${this.siteUrl}/_api`;
  }

  /** odata.id, __metadata.uri and odata.editLink of the entity at `path` (relative to _api/). */
  addressOf(path: string): { id: string; uri: string; editLink: string } {
    const uri = `${this.apiUrl}/${path}`;
    return { id: uri, uri, editLink: path };
  }

  header(name: string): string | undefined {
    return this.request.headers[name.toLowerCase()];
  }

  get options(): QueryOptions {
    this.parsedOptions ??= parseQueryOptions(this.request.query);
    return this.parsedOptions;
  }

  /** The JSON request body as an object ({} when empty). */
  get body(): Record<string, unknown> {
    if (this.parsedBody) return this.parsedBody;
    const text = this.request.body.trim();
    const parsed = text === '' ? {} : parseJson(text);
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw invalidRequestBody();
    this.parsedBody = withoutVerboseWrappers(parsed) as Record<string, unknown>;
    return this.parsedBody;
  }

  /** The body of a POST that creates something: SharePoint refuses one without any body. */
  get creationBody(): Record<string, unknown> {
    if (this.request.body.trim() === '') throw emptyRequestBody();
    return this.body;
  }

  get references(): ReferenceResolver {
    this.resolver ??= new ReferenceResolver(this.site);
    return this.resolver;
  }

  /** This request's view of the person's rights. */
  get permissions(): Permissions {
    this.rights ??= new Permissions(this.site, this.user);
    return this.rights;
  }

  /** Refuses (403) unless the person has the permission on the list, or on the web when `list` is undefined. */
  require(permission: PermissionName, list?: ListRecord): void {
    this.permissions.require(permission, list ? { kind: 'list', list } : { kind: 'web' });
  }
}
