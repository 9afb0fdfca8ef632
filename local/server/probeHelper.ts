import { DatabaseSync } from 'node:sqlite';
export function v(): unknown { return new DatabaseSync(':memory:').prepare('select 1 as x').get(); }
