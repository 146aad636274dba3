// idea-lint's version and every reference derived from it: the release script sets VERSION, and
// test/repo/version.test.ts checks package.json, README.md, action.yml, the pre-commit hook and the schema against it.

/** idea-lint's version (package.json's); `npm run release` sets it. */
export const VERSION = '0.1.0';

/** The repository: rule pages, the schema, the issue tracker. */
export const REPOSITORY_URL = 'https://github.com/idea-lint/idea-lint';

/** The tag the release script creates for this version: rule links point here, so they describe this version. */
export const RELEASE_TAG = `v${VERSION}`;

/** The major tag the release script moves to each release: what users pin (`uses: idea-lint/idea-lint@v0`). */
export const MAJOR_TAG = `v${VERSION.split('.')[0]}`;

/** The action reference a workflow uses. */
export const ACTION_REF = `${REPOSITORY_URL.replace('https://github.com/', '')}@${MAJOR_TAG}`;

/** The configuration's JSON Schema at the major tag, for `$schema` and `# yaml-language-server: $schema=…`. */
export const SCHEMA_URL = `${REPOSITORY_URL.replace('https://github.com/', 'https://raw.githubusercontent.com/')}/${MAJOR_TAG}/idea-lint.schema.json`;
