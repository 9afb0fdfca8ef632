/**
 * The SharePoint Online limits the local SharePoint enforces. local/README.md names the
 * Microsoft documentation (or observed SharePoint Online behaviour) behind each number.
 */

/** List view threshold: queries that would scan more rows than this are refused. */
export const LIST_VIEW_THRESHOLD = 5000;

/** Page size SharePoint uses for list items when the request has no $top. */
export const DEFAULT_ITEM_PAGE_SIZE = 100;

/** Operations (reads and changeset writes) allowed in one $batch request. */
export const MAX_BATCH_OPERATIONS = 100;

/** Bytes of $batch request body SharePoint's OData reader accepts. */
export const MAX_BATCH_BODY_BYTES = 1_048_576;

/** IIS request filtering defaults in front of SharePoint: query string and URL path, in bytes. */
export const MAX_QUERY_STRING_BYTES = 2048;
export const MAX_URL_PATH_BYTES = 4096;

/** Lifetime of a form digest returned by _api/contextinfo. */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

/** Changes returned by one getChanges call when the query sets no FetchLimit. */
export const DEFAULT_CHANGE_FETCH_LIMIT = 1000;

/** SharePoint truncates generated internal field names to this length. */
export const MAX_INTERNAL_NAME_LENGTH = 32;
