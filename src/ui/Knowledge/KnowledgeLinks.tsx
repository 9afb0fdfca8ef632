import * as React from 'react';
import { Link } from '@fluentui/react-components';
import { KnowledgeKind, KnowledgeLink, knowledgeByFocusArea } from '../../domain/knowledgeLink';
import { FocusAreaKey, ProgrammeEntry, programmeEntryKey } from '../../domain/programme';
import { Heading } from '../shared';
import { useLocalization } from '../loc';
import { useKnowledgeLinksStyles } from './useKnowledgeLinksStyles';

export interface KnowledgeLinksProps {
  links: readonly KnowledgeLink[];
  /** The programme's focus areas, for their names. */
  focusAreas: readonly ProgrammeEntry[];
  /** Only these areas' links (a plan's); every area's when absent. */
  areas?: readonly FocusAreaKey[];
  /** The areas' headings sit one level under the heading above the links: 3 under a section, 4 on a plan's page. */
  areaHeadingLevel?: 3 | 4;
}

export function useKnowledgeKindLabel(): (kind: KnowledgeKind) => string {
  const { strings } = useLocalization();
  const labels: Record<KnowledgeKind, string> = {
    training: strings.knowledgeKindTraining,
    material: strings.knowledgeKindMaterial,
    method: strings.knowledgeKindMethod
  };
  return (kind) => labels[kind];
}

/**
 * Kunskap och stöd: the editors' links to training, information material and methods, under their focus areas,
 * each with its kind in words. Renders nothing while there are none, so staff never meet an empty promise.
 */
export function KnowledgeLinks({ links, focusAreas, areas, areaHeadingLevel = 3 }: KnowledgeLinksProps): React.ReactElement {
  const { strings, text, langOf } = useLocalization();
  const styles = useKnowledgeLinksStyles();
  const kindLabel = useKnowledgeKindLabel();
  const groups = knowledgeByFocusArea(links, areas);
  if (groups.length === 0) return <></>;
  const areaTitle = (area: FocusAreaKey): ProgrammeEntry['title'] =>
    focusAreas.find((entry) => entry.key === programmeEntryKey('focusArea', area))?.title ?? { sv: area, en: area };
  return (
    <div className={styles.root}>
      <p className={styles.description}>{strings.knowledgeIntro}</p>
      {groups.map(({ area, links: areaLinks }) => (
        <div key={area}>
          <Heading level={areaHeadingLevel} className={styles.area}>
            <span lang={langOf(areaTitle(area))}>{text(areaTitle(area))}</span>
          </Heading>
          <ul className={styles.list}>
            {areaLinks.map((link) => (
              <li key={link.id}>
                <Link href={link.url} target="_blank" rel="noopener noreferrer" className={styles.link} lang={langOf(link.title)}>
                  {text(link.title)}
                </Link>
                <span className={styles.kind}> · {kindLabel(link.kind)}</span>
                {text(link.description).trim() !== '' && (
                  <p className={styles.description} lang={langOf(link.description)}>
                    {text(link.description)}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
