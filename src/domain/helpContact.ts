import type { LocalizedText } from './language';
import { MAX_NOTE_LENGTH, ValidationIssue, Validator } from './validation';

/**
 * Where staff get help with MR-programmet and whom they contact, in the editors' words (sv/en). The app
 * invents no address: until the editors write it, there is none, and the app says so.
 */
export type HelpContact = LocalizedText;

export function isHelpContactEmpty(help: HelpContact | undefined): boolean {
  return help === undefined || (help.sv.trim() === '' && help.en.trim() === '');
}

export function validateHelpContact(help: HelpContact): ValidationIssue[] {
  return new Validator().maxLength('sv', help.sv, MAX_NOTE_LENGTH).maxLength('en', help.en, MAX_NOTE_LENGTH).issues;
}
