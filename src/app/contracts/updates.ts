import type { Update } from '../../domain/update';
import type { Loaded } from './rows';

export interface UpdateRepository {
  /** Published updates visible now, newest first (pinned first). */
  published(now: Date, limit?: number): Promise<Loaded<Update[]>>;
  /** All updates including drafts and scheduled ones: editors only. */
  all(): Promise<Loaded<Update[]>>;
  save(update: Update): Promise<Update>;
  remove(id: number): Promise<void>;
}
