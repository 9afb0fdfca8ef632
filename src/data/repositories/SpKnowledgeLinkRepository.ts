import { SPFI } from '@pnp/sp';
import { KnowledgeLink, validateKnowledgeLink } from '../../domain/knowledgeLink';
import { translated } from '../translateErrors';
import { KNOWLEDGE_LINK_QUERY, knowledgeLinkFields, readKnowledgeLink } from '../mapping/knowledgeLinks';
import { listOf } from '../queries';
import { KnowledgeLinkRepository } from '../../app/contracts';
import { ListRows } from './listRows';
import { saveRow } from './saveRow';

export class SpKnowledgeLinkRepository implements KnowledgeLinkRepository {
  private readonly rows: ListRows<KnowledgeLink>;

  public constructor(private readonly sp: SPFI) {
    this.rows = new ListRows(sp, 'knowledgeLinks', KNOWLEDGE_LINK_QUERY, readKnowledgeLink);
  }

  public save(link: KnowledgeLink): Promise<KnowledgeLink> {
    const trimmed = { ...link, url: link.url.trim() };
    return translated(async () => ({ ...trimmed, ...(await saveRow(this.rows, trimmed, validateKnowledgeLink(trimmed), knowledgeLinkFields(trimmed))) }));
  }

  public remove(id: number): Promise<void> {
    return translated(async () => {
      await listOf(this.sp, 'knowledgeLinks').items.getById(id).recycle();
    });
  }
}
