import { ValidationIssue } from '../../domain/validation';
import { SpFields } from '../mapping/rowReader';
import { ConflictError, NotFoundError, ValidationError } from '../../app/contracts';
import { ListRows, RowVersion } from './listRows';

/** Entities with id 0 are new; stored ones carry the etag they were read with. */
export interface Editable {
  id: number;
  etag?: string;
}

/**
 * Saves what a person edited in a form: refused with the domain's issues before anything is sent,
 * added when new, otherwise changed only if nobody saved a newer version meanwhile (ConflictError
 * carries that version, read again, so the form can show it).
 */
export async function saveRow<T extends { id?: number; etag?: string }>(
  rows: ListRows<T>,
  entity: Editable,
  issues: readonly ValidationIssue[],
  fields: SpFields
): Promise<RowVersion> {
  if (issues.length > 0) throw new ValidationError([...issues]);
  if (entity.id === 0) return rows.add(fields);
  const outcome = await rows.merge({ id: entity.id, etag: entity.etag }, fields);
  if (outcome.kind === 'saved') return { id: entity.id, etag: outcome.etag };
  if (outcome.kind === 'changed') throw new ConflictError(await rows.findById(entity.id));
  throw new NotFoundError();
}
