import { isKnowledgeKind, KnowledgeLink, validateKnowledgeLink } from '../../domain/knowledgeLink';
import { isFocusAreaKey } from '../../domain/programme';
import { LISTS } from '../schema';
import { hyperlinkValue, Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  focusArea: 'FocusArea',
  kind: 'LinkKind',
  url: 'LinkUrl',
  'title.sv': 'Title',
  'title.en': 'TitleEn',
  'description.sv': 'DescriptionSv',
  'description.en': 'DescriptionEn'
};

export const KNOWLEDGE_LINK_QUERY: RowQuery = {
  select: ['Id', 'Title', 'FocusArea', 'LinkKind', 'LinkUrl', 'TitleEn', 'DescriptionSv', 'DescriptionEn'],
  expand: []
};

export function readKnowledgeLink(row: SpRow): Mapped<KnowledgeLink> {
  const r = new RowReader(row, LISTS.knowledgeLinks);
  const link: KnowledgeLink = {
    id: r.id,
    focusArea: r.choice('FocusArea', isFocusAreaKey) ?? 'knowledge',
    kind: r.choice('LinkKind', isKnowledgeKind) ?? 'training',
    title: { sv: r.text('Title') ?? '', en: r.text('TitleEn') ?? '' },
    url: r.url('LinkUrl') ?? '',
    description: { sv: r.text('DescriptionSv') ?? '', en: r.text('DescriptionEn') ?? '' },
    etag: r.etag
  };
  return r.result(link, validateKnowledgeLink(link), COLUMNS);
}

export function knowledgeLinkFields(link: KnowledgeLink): SpFields {
  return {
    Title: link.title.sv,
    FocusArea: link.focusArea,
    LinkKind: link.kind,
    LinkUrl: hyperlinkValue(link.url),
    TitleEn: link.title.en,
    DescriptionSv: link.description.sv,
    DescriptionEn: link.description.en
  };
}
