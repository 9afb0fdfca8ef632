/**
 * The repositories' failures arrive as the application layer's errors (app/contracts/errors.ts):
 * PnPjs's HTTP errors are translated here, once, at the edge of SharePoint.
 */
import { toDataError } from '../app/failures';

/** Runs a repository operation so that its failures arrive as the application layer's errors. */
export async function translated<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    throw toDataError(error);
  }
}
