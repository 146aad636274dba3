// Report stage: the registry of output formats; its keys are the CLI's `--format` choices.
import type { Report } from '../lint/types.js';
import renderGithub from './github.js';
import renderJson from './json.js';
import renderSarif, { type SarifOptions } from './sarif.js';
import renderStylish, { type StylishOptions } from './stylish.js';
import type { FormatName } from './format-names.js';

export { FORMAT_NAMES, isFormatName, type FormatName } from './format-names.js';

/** Options every reporter receives (the rule registry among them); each reads only its own. */
export type ReporterOptions = StylishOptions & SarifOptions;

/** A reporter: a pure function from the report to text. */
export type Reporter = (report: Report, options: ReporterOptions) => string;

/** Reporters by `--format` name. */
export const reporters = {
  stylish: renderStylish,
  json: renderJson,
  sarif: renderSarif,
  github: renderGithub,
} satisfies Record<FormatName, Reporter>;

export { neutralise, renderFindingsList, renderScorecard } from './markdown.js';
