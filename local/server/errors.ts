/**
 * SharePoint's error responses. Each factory returns the status, the `code` ("<HRESULT>, <exception type>")
 * and the message SharePoint Online sends for that condition; local/README.md lists the sources.
 */
export class SharePointError extends Error {
  readonly status: number;
  readonly code: string;

  constructor(status: number, code: string, message: string) {
    super(message);
    this.name = 'SharePointError';
    this.status = status;
    this.code = code;
  }
}

const UNAUTHORIZED_ACCESS = '-2147024891, System.UnauthorizedAccessException';
const SP_EXCEPTION = '-2146232832, Microsoft.SharePoint.SPException';
const ARGUMENT_EXCEPTION = '-2147024809, System.ArgumentException';
const INVALID_CLIENT_QUERY = '-1, Microsoft.SharePoint.Client.InvalidClientQueryException';
const ODATA_EXCEPTION = '-1, Microsoft.Data.OData.ODataException';

export function accessDenied(): SharePointError {
  return new SharePointError(
    403,
    UNAUTHORIZED_ACCESS,
    'Access denied. You do not have permission to perform this action or access this resource.'
  );
}

/** A request whose identity the site does not know, as SharePoint answers a request without valid credentials. */
export function notAuthenticated(): SharePointError {
  return new SharePointError(401, UNAUTHORIZED_ACCESS, 'Attempted to perform an unauthorized operation.');
}

export function invalidFormDigest(): SharePointError {
  return new SharePointError(
    403,
    '-2130575252, Microsoft.SharePoint.SPException',
    "The security validation for this page is invalid and might be corrupted. Please use your web browser's Back button to try your operation again."
  );
}

export function listNotFoundByTitle(title: string, siteUrl: string): SharePointError {
  return new SharePointError(404, '-1, System.ArgumentException', `List '${title}' does not exist at site with URL '${siteUrl}'.`);
}

export function listNotFound(): SharePointError {
  return new SharePointError(
    404,
    '-1, System.ArgumentException',
    'List does not exist.\n\nThe page you selected contains a list that does not exist.  It may have been deleted by another user.'
  );
}

export function listTitleTaken(): SharePointError {
  return new SharePointError(
    500,
    '-2130575342, Microsoft.SharePoint.SPException',
    'A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.'
  );
}

export function itemNotFound(): SharePointError {
  return new SharePointError(404, ARGUMENT_EXCEPTION, 'Item does not exist. It may have been deleted by another user.');
}

export function fieldNotFound(name: string): SharePointError {
  return new SharePointError(404, ARGUMENT_EXCEPTION, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** A $filter or $orderby naming a column the list does not have. */
export function columnDoesNotExist(name: string): SharePointError {
  return new SharePointError(400, SP_EXCEPTION, `Column '${name}' does not exist. It may have been deleted by another user.`);
}

/** A $select naming a field or property the resource does not have. */
export function fieldOrPropertyDoesNotExist(name: string): SharePointError {
  return new SharePointError(400, '-1, Microsoft.SharePoint.SPException', `The field or property '${name}' does not exist.`);
}

export function lookupNeedsExpand(name: string): SharePointError {
  return new SharePointError(
    400,
    '-1, Microsoft.SharePoint.SPException',
    `The query to field '${name}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${name}.`
  );
}

/** A request body naming a property the entity type does not define. */
export function propertyDoesNotExist(name: string, typeName: string): SharePointError {
  return new SharePointError(
    400,
    INVALID_CLIENT_QUERY,
    `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`
  );
}

export function cannotConvertValue(edmType: string): SharePointError {
  return new SharePointError(
    400,
    INVALID_CLIENT_QUERY,
    `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`
  );
}

export function invalidRequestBody(): SharePointError {
  return new SharePointError(400, INVALID_CLIENT_QUERY, 'Invalid JSON. A token was not recognized in the JSON content.');
}

export function invalidExpression(expression: string): SharePointError {
  return new SharePointError(400, INVALID_CLIENT_QUERY, `The expression "${expression}" is not valid.`);
}

export function invalidArgument(message: string): SharePointError {
  return new SharePointError(400, INVALID_CLIENT_QUERY, message);
}

export function resourceNotFound(segment: string): SharePointError {
  return new SharePointError(404, INVALID_CLIENT_QUERY, `Cannot find resource for the request ${segment}.`);
}

export function methodNotSupported(method: string): SharePointError {
  return new SharePointError(405, INVALID_CLIENT_QUERY, `The HTTP method '${method}' is not supported by this resource.`);
}

export function etagMismatch(requested: string, actual: string): SharePointError {
  return new SharePointError(
    412,
    '-1, Microsoft.SharePoint.Client.ClientServiceException',
    `The request ETag value '${requested}' does not match the object's ETag value '${actual}'.`
  );
}

export function listViewThresholdExceeded(): SharePointError {
  return new SharePointError(
    500,
    '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
    'The attempted operation is prohibited because it exceeds the list view threshold.'
  );
}

export function duplicateValues(fieldNames: readonly string[]): SharePointError {
  return new SharePointError(
    500,
    '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
    `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${fieldNames.join(', ')}].`
  );
}

export function uniqueValuesNeedIndex(): SharePointError {
  return new SharePointError(400, SP_EXCEPTION, 'This field must be indexed to enforce unique values.');
}

export function uniqueValuesHaveDuplicates(): SharePointError {
  return new SharePointError(
    400,
    SP_EXCEPTION,
    'This field contains duplicate values. Remove all duplicate values and try the operation again.'
  );
}

export function inheritsPermissions(): SharePointError {
  return new SharePointError(400, SP_EXCEPTION, 'This operation is not allowed on an object that inherits permissions.');
}

export function userNotFound(logonName: string): SharePointError {
  return new SharePointError(500, SP_EXCEPTION, `The specified user ${logonName} could not be found.`);
}

export function userCannotBeFound(): SharePointError {
  return new SharePointError(404, SP_EXCEPTION, 'User cannot be found.');
}

export function groupCannotBeFound(): SharePointError {
  return new SharePointError(404, SP_EXCEPTION, 'Group cannot be found.');
}

export function principalNotFound(id: number): SharePointError {
  return new SharePointError(400, ARGUMENT_EXCEPTION, `Can not find the principal with id: ${id}.`);
}

export function roleDefinitionNotFound(): SharePointError {
  return new SharePointError(400, ARGUMENT_EXCEPTION, 'Permission level does not exist.');
}

export function invalidChangeToken(): SharePointError {
  return new SharePointError(400, '-2146232832, Microsoft.SharePoint.SPInvalidChangeTokenException', 'The change token is invalid.');
}

export function batchHasTooManyOperations(max: number): SharePointError {
  return new SharePointError(
    400,
    ODATA_EXCEPTION,
    `The current batch message contains too many parts. A maximum number of '${max}' query operations and change sets are allowed in a batch message.`
  );
}

/** A request body over SharePoint's OData limit; answered 413 before its bytes are read or parsed. */
export function requestBodyTooLarge(received: number, max: number): SharePointError {
  return new SharePointError(
    413,
    INVALID_CLIENT_QUERY,
    `The maximum number of bytes allowed to be read from the stream has been exceeded. After the last read operation, a total of ${received} bytes has been read from the stream; however a maximum of ${max} bytes is allowed.`
  );
}

export function requestBodyTimedOut(): SharePointError {
  return new SharePointError(408, INVALID_CLIENT_QUERY, 'The request body was not received in time.');
}

export function jsonTooDeep(max: number): SharePointError {
  return new SharePointError(400, ODATA_EXCEPTION, `The maximum recursion depth of ${max} was exceeded while reading the JSON payload.`);
}

export function expressionTooDeep(): SharePointError {
  return new SharePointError(400, INVALID_CLIENT_QUERY, 'Recursion depth exceeded allowed limit.');
}

/** A POST that creates something (a list, field or item) with no body at all. */
export function emptyRequestBody(): SharePointError {
  return new SharePointError(
    400,
    ODATA_EXCEPTION,
    "An unexpected 'EndOfInput' node was found when reading from the JSON reader. A 'StartObject' node was expected."
  );
}

/** A text value or title over its column's (or SharePoint's) maximum length. */
export function valueTooLong(name: string, max: number): SharePointError {
  return new SharePointError(
    400,
    '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
    `The value of the field '${name}' is too long. It may contain at most ${max} characters.`
  );
}

export function malformedBatch(detail: string): SharePointError {
  return new SharePointError(400, ODATA_EXCEPTION, detail);
}

/** Something SharePoint supports that the local SharePoint knowingly does not emulate (listed in local/README.md). */
export function notEmulated(what: string): SharePointError {
  return new SharePointError(501, '-1, System.NotSupportedException', `The local SharePoint does not emulate ${what}.`);
}

/** A folder (or a path inside a list) that does not exist: getFolderByServerRelativePath, a FolderPath to add into. */
export function fileNotFound(): SharePointError {
  return new SharePointError(404, '-2147024894, System.IO.FileNotFoundException', 'File Not Found.');
}

export function folderExists(path: string): SharePointError {
  return new SharePointError(500, '-2130575257, Microsoft.SharePoint.SPException', `A file or folder with the name ${path} already exists.`);
}

export function invalidFolderName(name: string): SharePointError {
  return new SharePointError(400, ARGUMENT_EXCEPTION, `The folder name '${name}' is not valid.`);
}
