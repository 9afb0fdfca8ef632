export { HelpContact } from './HelpContact';
export type { HelpContactProps } from './HelpContact.types';
