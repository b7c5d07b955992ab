import { summarizeIssues } from '../../../shared/zod-nl';
import { invalidInput } from '../../errors';

/** A 400 about one field, worded as the zod errors are: `Ongeldige invoer bij "field": message.` */
export function invalidField(field: string, message: string) {
  const issues = [{ field, message }];
  return invalidInput(summarizeIssues(issues), issues);
}
