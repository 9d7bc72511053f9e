import { z } from 'zod';

/**
 * Default wording for validation problems that a schema does not word itself. Library text
 * ("Expected string, received number") never reaches a person; these sentences do.
 */
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'unrecognized_keys':
        return 'Unexpected information was sent with this request.';
      case 'invalid_type':
        return issue.input === undefined ? 'This answer is missing.' : 'This answer is not in a form we can use.';
      case 'too_big':
        return 'This answer is too long.';
      case 'too_small':
        return 'This answer is too short.';
      default:
        return 'This answer could not be used.';
    }
  },
});
