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

/** IIS request filtering defaults in front of SharePoint: query string and URL path, in bytes. */
export const MAX_QUERY_STRING_BYTES = 2048;
export const MAX_URL_PATH_BYTES = 4096;

/** Lifetime of a form digest returned by _api/contextinfo. */
export const FORM_DIGEST_TIMEOUT_SECONDS = 1800;

/** Changes returned by one getChanges call when the query sets no FetchLimit. */
export const DEFAULT_CHANGE_FETCH_LIMIT = 1000;

/** SharePoint truncates generated internal field names to this length. */
export const MAX_INTERNAL_NAME_LENGTH = 32;

/**
 * Bytes of request body SharePoint's OData reader reads before it refuses the request: the same 1 MiB for
 * $batch and for a single call (an item update over it is refused with the same message).
 */
export const MAX_API_BODY_BYTES = 1_048_576;

/** Bytes of body the admin endpoints read: fixture rows come in slices of up to 25,000 rows; settings are small. */
export const MAX_FIXTURE_BODY_BYTES = 64 * 1024 * 1024;
export const MAX_ADMIN_BODY_BYTES = 64 * 1024;

/** How long a request body may take to arrive, in milliseconds, before the request is answered 408. */
export const BODY_TIMEOUT_MS = 30_000;

/** Nesting of objects and arrays in a JSON request body (ODataLib's MaxNestingDepth default). */
export const MAX_JSON_DEPTH = 100;

/** Depth of a $filter expression tree (ODataLib's FilterLimit default), counting AND/OR chains, NOT and parentheses. */
export const MAX_FILTER_DEPTH = 800;

/** Characters in a single line of text value and in a list title (SP.FieldText.MaxLength, SP.List.Title). */
export const MAX_TEXT_LENGTH = 255;
export const MAX_LIST_TITLE_LENGTH = 255;

/** Characters in a multiple lines of text (Note) value. */
export const MAX_NOTE_LENGTH = 63_999;
