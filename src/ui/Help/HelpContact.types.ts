import type { SiteRepository } from '../../app';
import type { HelpContact } from '../../domain/helpContact';

export interface HelpContactProps {
  /** The editors' text as the site holds it; undefined until they write one. */
  help: HelpContact | undefined;
  /** Editors may write it; SharePoint refuses others' writes all the same. */
  canEdit: boolean;
  repository: Pick<SiteRepository, 'saveHelp'>;
}
