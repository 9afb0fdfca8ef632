import { isProgrammeContentKind, ProgrammeEntry, validateProgrammeEntry } from '../../domain/programme';
import { LISTS } from '../schema';
import { hyperlinkValue, Mapped, RowQuery, RowReader, SpFields, SpRow } from './rowReader';

const COLUMNS = {
  key: 'Title',
  kind: 'ContentKind',
  order: 'SortOrder',
  'title.sv': 'TitleSv',
  'title.en': 'TitleEn',
  'text.sv': 'TextSv',
  'text.en': 'TextEn',
  documentUrl: 'DocumentLink'
};

export const PROGRAMME_QUERY: RowQuery = {
  select: ['Id', 'Title', 'ContentKind', 'SortOrder', 'TitleSv', 'TitleEn', 'TextSv', 'TextEn', 'DocumentLink'],
  expand: []
};

export function readProgrammeEntry(row: SpRow): Mapped<ProgrammeEntry> {
  const r = new RowReader(row, LISTS.programme);
  const entry: ProgrammeEntry = {
    id: r.id,
    key: r.text('Title') ?? '',
    kind: r.choice('ContentKind', isProgrammeContentKind) ?? 'goal',
    order: r.number('SortOrder') ?? 0,
    title: { sv: r.text('TitleSv') ?? '', en: r.text('TitleEn') ?? '' },
    text: { sv: r.text('TextSv') ?? '', en: r.text('TextEn') ?? '' },
    documentUrl: r.url('DocumentLink'),
    etag: r.etag
  };
  return r.result(entry, validateProgrammeEntry(entry), COLUMNS);
}

export function programmeEntryFields(entry: ProgrammeEntry): SpFields {
  return {
    Title: entry.key,
    ContentKind: entry.kind,
    SortOrder: entry.order,
    TitleSv: entry.title.sv,
    TitleEn: entry.title.en,
    TextSv: entry.text.sv,
    TextEn: entry.text.en,
    DocumentLink: hyperlinkValue(entry.documentUrl)
  };
}
