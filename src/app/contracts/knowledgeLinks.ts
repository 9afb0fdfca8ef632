import type { KnowledgeLink } from '../../domain/knowledgeLink';

/** Kunskap och stöd: the editors' links. Staff read them with the overview (ProgrammeRepository.loadOverview). */
export interface KnowledgeLinkRepository {
  save(link: KnowledgeLink): Promise<KnowledgeLink>;
  /** To the site's recycle bin, where an editor can restore a link removed by mistake. */
  remove(id: number): Promise<void>;
}
