/** idea-lint's version; a test keeps it equal to package.json's. */
export const VERSION = '0.1.0';

/** Where rule pages live, at the released tag so links match the version that reported them. */
export const REPOSITORY_URL = 'https://github.com/idea-lint/idea-lint';
