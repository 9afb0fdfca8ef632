import { readFileSync } from 'node:fs';
import path from 'node:path';

export const repositoryRoot = path.resolve(__dirname, '../..');

export function inRepository(relativePath: string): string {
  return path.join(repositoryRoot, relativePath);
}

export function readJson(relativePath: string): Record<string, any> {
  return JSON.parse(readFileSync(inRepository(relativePath), 'utf8'));
}

/** The web part's component id: the id SharePoint, the Teams app and the icon names all share. */
export const componentId: string = readJson('src/hosts/webpart/MrProgrammeWebPart.manifest.json').id;
