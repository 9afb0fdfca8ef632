import { validationMessage, ValidationIssue } from '../../../domain/validation';
import { useLocalization } from '../../loc';

/** The message to show next to a field, in the person's language and naming the field as they see it. */
export function useFieldMessage(issues: readonly ValidationIssue[]): (field: string, label: string) => string | undefined {
  const { language } = useLocalization();
  return (field, label) => {
    const messages = issues.filter((issue) => issue.field === field).map((issue) => validationMessage(issue, language, label));
    return messages.length > 0 ? messages.join(' ') : undefined;
  };
}
