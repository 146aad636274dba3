// Precision of the field rules on real idea lists (test/fixtures/corpus): every finding below was read against
// its file by hand and is a problem a mentor would agree with. A new finding on these files is a false alarm
// until someone reads it and adds it here; a finding that disappears is a missed problem.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/lint/engine.js';
import { configFor } from '../support/lint.js';
import { rules as registry } from '../../rules/index.js';

const FIELD_RULES = [
  'missing-outcomes',
  'unknown-difficulty',
  'missing-skills',
  'missing-size',
  'missing-mentor',
  'missing-mentor-email',
  'min-mentors',
  'program-unknown',
];

/** [rule, idea] per finding, with the mentor for missing-mentor-email; min-mentors is on (the gsoc preset's 2). */
function findingsOn(name: string): string[][] {
  const text = readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');
  const config = configFor(Object.fromEntries(FIELD_RULES.map((id) => [id, {}])));
  return lintText(name, text, config, registry)
    .findings.map((f) =>
      f.ruleId === 'missing-mentor-email' ? [f.ruleId, f.idea ?? '', f.subject ?? ''] : [f.ruleId, f.idea ?? ''],
    )
    .sort((a, b) => FIELD_RULES.indexOf(a[0]) - FIELD_RULES.indexOf(b[0]));
}

describe('field rules on real idea lists', () => {
  // Labels `Effort:`, `Difficulty:`, `Skills required:`, `Possible mentors:` as plain lines; no outcomes label
  // except one `The result:`; a "Draft Ideas" section whose ideas lack most fields; handles and groups, no emails.
  it('nixos-gsoc ideas 2026', () => {
    const ross = '@RossComputerGuy';
    expect(findingsOn('nixos-gsoc__ideas-2026.md')).toEqual([
      ['missing-outcomes', 'Review Nixpkgs PRs'],
      ['missing-outcomes', 'Improved release notes for Nixpkgs'],
      ['missing-outcomes', 'Nixpkgs Security Tracker Improvements'],
      ['missing-outcomes', 'Testing Dynamic Derivations'],
      ['missing-outcomes', 'Declarative user profile pictures'],
      ['missing-outcomes', 'Enhanced Patch Information Extraction'],
      ['missing-outcomes', 'Cross-Ecosystem Vendored Dependencies'],
      ['missing-outcomes', 'Refactor Remote Builder Library'],
      ['missing-outcomes', 'SBOM Accuracy and PURL Integration for Nixpkgs'],
      ['missing-outcomes', 'Statix Nix Linter Improvements'],
      ['missing-outcomes', 'Patch CVE Reference Cleanup'],
      ['missing-outcomes', 'Package Wrapper Metadata in Nixpkgs'],
      ['missing-outcomes', 'Greater usage of updateScript throughout Nixpkgs'],
      ['missing-outcomes', 'NixOS Configuration Drift Detector & Reconciler'],
      ['unknown-difficulty', 'Patch CVE Reference Cleanup'],
      ['unknown-difficulty', 'Package Wrapper Metadata in Nixpkgs'],
      ['unknown-difficulty', 'Greater usage of updateScript throughout Nixpkgs'],
      ['missing-skills', 'Review Nixpkgs PRs'],
      ['missing-skills', 'Improved release notes for Nixpkgs'],
      ['missing-skills', 'Declarative user profile pictures'],
      ['missing-skills', 'Greater usage of updateScript throughout Nixpkgs'],
      ['missing-size', 'Patch CVE Reference Cleanup'],
      ['missing-size', 'Package Wrapper Metadata in Nixpkgs'],
      ['missing-size', 'Greater usage of updateScript throughout Nixpkgs'],
      ['missing-mentor', 'Declarative user profile pictures'], // "- (Add yourself here!)"
      ['missing-mentor', 'Patch CVE Reference Cleanup'],
      ['missing-mentor', 'Greater usage of updateScript throughout Nixpkgs'],
      ['missing-mentor-email', 'Review Nixpkgs PRs', 'Almost any Nixpkgs committer'],
      ['missing-mentor-email', 'Improved release notes for Nixpkgs', 'Previous release managers'],
      [
        'missing-mentor-email',
        'Migrate some NixOS modules to modular services',
        `Robert Hensing, Silvan Mosberger, Shahar "Dawn" Or`,
      ],
      ['missing-mentor-email', 'Nixpkgs Security Tracker Improvements', 'Valentin Gagarin'],
      ['missing-mentor-email', 'Testing Dynamic Derivations', ross],
      ['missing-mentor-email', 'Enhanced Patch Information Extraction', ross],
      ['missing-mentor-email', 'Cross-Ecosystem Vendored Dependencies', ross],
      ['missing-mentor-email', 'Refactor Remote Builder Library', 'Lisanna Dettwyler'],
      ['missing-mentor-email', 'SBOM Accuracy and PURL Integration for Nixpkgs', ross],
      ['missing-mentor-email', 'Statix Nix Linter Improvements', '@mightyiam'],
      ['missing-mentor-email', 'Package Wrapper Metadata in Nixpkgs', ross],
      ['missing-mentor-email', 'NixOS Configuration Drift Detector & Reconciler', 'Almost any Nixpkgs committer'],
      ['min-mentors', 'Review Nixpkgs PRs'],
      ['min-mentors', 'Improved release notes for Nixpkgs'],
      ['min-mentors', 'Nixpkgs Security Tracker Improvements'],
      ['min-mentors', 'Testing Dynamic Derivations'],
      ['min-mentors', 'Enhanced Patch Information Extraction'],
      ['min-mentors', 'Cross-Ecosystem Vendored Dependencies'],
      ['min-mentors', 'Refactor Remote Builder Library'],
      ['min-mentors', 'SBOM Accuracy and PURL Integration for Nixpkgs'],
      ['min-mentors', 'Statix Nix Linter Improvements'],
      ['min-mentors', 'Package Wrapper Metadata in Nixpkgs'],
      ['min-mentors', 'NixOS Configuration Drift Detector & Reconciler'],
    ]);
  });

  // Italic labels (`*Difficulty:* Beginner`, `*Programming skills:*`), mentors as GitHub profile links,
  // outcomes under `**Expected Outcomes**` for three ideas of five, and no sizes (2016 predates them).
  it('OpenAstronomy SunPy ideas 2016', () => {
    expect(findingsOn('openastronomy__gsoc-gsoc2016-ideas_sunpy.md')).toEqual([
      ['missing-outcomes', 'Real time data access and visualisation tools'],
      ['missing-outcomes', 'Improvements to the SunPy Database'],
      ['missing-size', 'Lightcurve Refactor'],
      ['missing-size', 'Implementing AIA response functions in SunPy'],
      ['missing-size', 'Real time data access and visualisation tools'],
      ['missing-size', 'Improvements to the SunPy Database'],
      ['missing-size', 'GUI to use LCT tools'],
      ['missing-mentor-email', 'Lightcurve Refactor', `Stuart Mumford, Dan Ryan, Andrew Inglis, Jack Ireland`],
      ['missing-mentor-email', 'Implementing AIA response functions in SunPy', `Drew Leonard, Will Barnes`],
      ['missing-mentor-email', 'Real time data access and visualisation tools', `David Perez-Suarez, Jack Ireland`],
      ['missing-mentor-email', 'Improvements to the SunPy Database', `Stuart Mumford, Simon Liedtke, Steven Christe`],
      [
        'missing-mentor-email',
        'GUI to use LCT tools',
        `Jose Iván Campos Rozo, Santiago Vargas Domínguez, David Pérez Suárez`,
      ],
    ]);
  });

  // `**Hours: 350**`, `* _Difficulty:_ Medium`, "The aims of the project are as follows:" as the outcomes lead-in;
  // every field present, mentors named without any contact.
  it('CHAOSS GSoC ideas', () => {
    const idea = {
      badging: 'Improve the CHAOSS DEI Event Badging Review Bot',
      health: 'Machine Learning based Community Health and Communication',
      augur: 'Build Access and Entitlements into a Hosted Version of Augur',
      topics: 'Enhance Conversational Topic Modelling Capabilities in CHAOSS Software',
      conversion: 'Implement Conversion Rate Metric in CHAOSS Software',
      visual: 'Open Source Software Health Metrics Visualization Exploration',
      knowledge: 'Build Knowledgebase Application on CHAOSS Website',
    };
    const email = (title: string, ...mentors: string[]) => ['missing-mentor-email', title, mentors.join(', ')];
    expect(findingsOn('chaoss-community__mentorship-programs-mentorship-google-summer-of-code-gsoc-ideas.md')).toEqual([
      email(idea.badging, 'Matt Germonprez'),
      email(idea.health, 'Sean Goggins', 'Andrew Brain'),
      email(idea.augur, 'Derek Howard', 'John McGinnes', 'Sean Goggins'),
      email(idea.topics, 'Sean Goggins', 'Andrew Brain', 'Isaac Milarsky'),
      email(idea.conversion, 'Sean Goggins', 'Daniel Izquerdo'),
      email(idea.visual, 'Sean Goggins', 'Andrew Brain', 'Vinod Ahuja'),
      email(idea.knowledge, 'Kevin Lumbard', 'Matt Germonprez', 'Ritik Malik', 'Elizabeth Barron'),
      ['min-mentors', idea.badging],
    ]);
  });

  // Bold labels (`**Difficulty Level:** High`, `**Mentors information:**` with a list of `Name <email>`);
  // OSPP ideas state no size.
  it('CHAOSS OSPP ideas', () => {
    const grimoire = 'Expanding and restyling the GrimoireLab tutorial';
    expect(
      findingsOn('chaoss-community__mentorship-programs-mentorship-open-source-promotion-plan-summer-ospp-ideas.md'),
    ).toEqual([
      ['missing-size', 'Automate Metrics Translation and Process Improvement'],
      ['missing-size', 'Developing new community reports components'],
      ['missing-size', grimoire],
      ['missing-mentor-email', grimoire, `Georg Link, Jose Manrique López de la Fuente, Venu Vardhan Reddy Tekula`],
      ['min-mentors', 'Developing new community reports components'],
    ]);
  });

  // One idea per file: `## Goals`, `## Prerequisites` sections, `**Mentors:**` with a GitHub profile link only.
  it('Summer of Haskell xeus-haskell idea', () => {
    const title = 'xeus-haskell - Precompilation and Caching for Instant Startup';
    expect(findingsOn('summer-of-haskell__content-ideas-xeus-haskell-performance.md')).toEqual([
      ['missing-mentor-email', title, 'Masaya Taniguchi'],
      ['min-mentors', title],
    ]);
  });

  // Blockquote labels with emoji (`> Project Length ⏰`, `> Complexity 👨🏻‍💻`, `> Potential Mentors 😇` with
  // mailto links); `Tasks` but no outcomes, and no prerequisites.
  it('Zarr GSoC ideas 2025', () => {
    expect(findingsOn('zarr-gsoc__2025-ideas-list.md')).toEqual([
      ['missing-outcomes', 'Bit-Packing'],
      ['missing-outcomes', 'Low-Latency Optimizations'],
      ['missing-skills', 'Bit-Packing'],
      ['missing-skills', 'Low-Latency Optimizations'],
    ]);
  });
});
