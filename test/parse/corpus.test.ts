import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIdeaFile } from '../../src/parse/index.js';
import type { Field, FieldName, Idea, IdeaFile } from '../../src/parse/types.js';

const corpus = (name: string): string => fileURLToPath(new URL(`../fixtures/corpus/${name}`, import.meta.url));
const cache = new Map<string, IdeaFile>();

function parse(name: string): IdeaFile {
  let file = cache.get(name);
  if (!file) {
    file = parseIdeaFile(name, readFileSync(corpus(name), 'utf8'));
    cache.set(name, file);
  }
  return file;
}

function idea(name: string, title: string): Idea {
  const found = parse(name).ideas.find((entry) => entry.title === title);
  if (!found) throw new Error(`no idea "${title}" in ${name}`);
  return found;
}

function field(name: string, title: string, field: FieldName): Field {
  const found = idea(name, title).fields[field];
  if (!found) throw new Error(`no ${field} in "${title}"`);
  return found;
}

/** Ideas per corpus file, as a careful reviewer counts them (no TOC, timeline or template entries). */
const TITLES: Record<string, string[]> = {
  'chaoss-community__mentorship-programs-mentorship-google-summer-of-code-gsoc-ideas.md': [
    'Improve the CHAOSS DEI Event Badging Review Bot',
    'Machine Learning based Community Health and Communication',
    'Build Access and Entitlements into a Hosted Version of Augur',
    'Enhance Conversational Topic Modelling Capabilities in CHAOSS Software',
    'Implement Conversion Rate Metric in CHAOSS Software',
    'Open Source Software Health Metrics Visualization Exploration',
    'Build Knowledgebase Application on CHAOSS Website',
  ],
  'chaoss-community__mentorship-programs-mentorship-open-source-promotion-plan-summer-ospp-ideas.md': [
    'Automate Metrics Translation and Process Improvement',
    'Developing new community reports components',
    'Expanding and restyling the GrimoireLab tutorial',
  ],
  'cncf-mentoring__programs-lfx-mentorship-2020-q1-project_ideas.md': [
    'Extend internal metrics support on Fluent Bit',
    'Improve Fluent Bit usability / user-experience',
    'Kubernetes working group for multi-tenancy: HNC + Tenant Operator',
    'Kubernetes working group for CSI driver',
    'Benchmarks for TSDB',
    'PromQL/Rule formatting tool',
    'Persist retroactive rule evaluations',
    'e2e test SD mechanisms',
    'Various React UI improvements and filtering label values API with matchers.',
    'Storage Plugins',
    'Implement zPages for OpenTelemetry',
    'OpenTelemetry integrations registry',
    'OpenTelemetry libraries compatibility tests',
    'OpenTelemetry C# integration with Azure, Amazon, and Google Cloud metadata services',
    'Improved Read Write Coordination for Object Storage',
    'End to End Benchmarking Tests on Demand through CI',
    'Autoscaling CoreDNS Nodes on Kubernetes Clusters Through Exposed Metrics',
  ],
  'cncf-mentoring__programs-summerofcode-2026.md': [
    'Reactive Agents with Drasi & Dapr',
    'Security-focused UX Improvements for the Inspektor Gadget kubernetes-sigs/headlamp Plugin',
    'AI-Powered Trace Analysis: Phase 2 - Self-Service "Skills" Framework',
    'Benchmarking and Performance Evaluation of Inference Routing Extensions in kgateway',
    'Enrich KitOps Integration Guides with Kubeflow Model Registry, Argo Workflows, Kyverno',
    'Kmesh Dashboard for Simplified Service Mesh Management',
    'Build e-commerce example kpt package',
    'Unified transformer specification and its auto-generation method for the existing models',
    'Alternative progressive delivery of deployment without changing strategy to Recreate',
    'OSCAL documents signing',
    'GCP Cloud Run plugin for pipedv1',
    'Implement Custom Section Parsing and Branch Hinting proposal',
    'Refine the WASM instruction structure in WasmEdge',
    'WASM Exception-Handling proposal for AOT/JIT in WasmEdge',
  ],
  'fossology-gsoc__docs-2025-GSoC-projects.md': [
    'Data pipelining for safaa project',
    'License Detection Using Large Language Models',
    'Transforming Nirjas into a Technical Documentation tool Using Large Language Models (LLMs)',
    'Overhauling scheduler design',
    'Debian packaging for Debian repository',
    'User & Developer Assistant Chatbot using Large Language Models',
    'Support text phrases and bulk based scanning for MONK a like agent',
    'Enhance atarashi ability',
    'Integrating Open Source Review Toolkit',
    'Complete microservices infrastructure for FOSSology',
    'Rewrite FOSSology UI using React',
    'FOSSology UX and UI design',
    'New single file view page to accommodate license + copyright clearing',
  ],
  'nixos-gsoc__ideas-2026.md': [
    'Review Nixpkgs PRs',
    'Improved release notes for Nixpkgs',
    'Migrate some NixOS modules to modular services',
    'Nixpkgs Security Tracker Improvements',
    'Testing Dynamic Derivations',
    'Declarative user profile pictures',
    'Enhanced Patch Information Extraction',
    'Cross-Ecosystem Vendored Dependencies',
    'Refactor Remote Builder Library',
    'SBOM Accuracy and PURL Integration for Nixpkgs',
    'Statix Nix Linter Improvements',
    'Patch CVE Reference Cleanup',
    'Package Wrapper Metadata in Nixpkgs',
    'Greater usage of updateScript throughout Nixpkgs',
    'NixOS Configuration Drift Detector & Reconciler',
  ],
  'openastronomy___projects-2017-astropy-coord-velocities.md': ['Velocities in Astropy coordinates'],
  'openastronomy___projects-2026-astropy-astropy_core_improvements.md': ["Hardening astropy's core stability"],
  'openastronomy__gsoc-gsoc2016-ideas_sunpy.md': [
    'Lightcurve Refactor',
    'Implementing AIA response functions in SunPy',
    'Real time data access and visualisation tools',
    'Improvements to the SunPy Database',
    'GUI to use LCT tools',
  ],
  'outreach-2014.md': [
    'Utilize Intel QuickData on network and block path',
    'CPU/RAM/PCI diagram tool',
    'KDD (Windows Debugger Stub) enhancements',
    'Create a tiny VM for easy load testing',
    'Fuzz testing Xen with Mirage',
    'Mirage OS web stack testing',
    'Implement Xen PVSCSI support in xl/libxl toolstack',
    'Introducing PowerClamp-like driver for Xen',
    'Refactor Linux hotplug scripts',
    'XL to XCP VM motion',
    'Advanced Scheduling Parameters',
    'Allowing guests to boot with a passed-through GPU as the primary display',
    'Improve PCIe Advanced Error Reporting (AER) handling for passed-through devices',
    'DRBD Integration',
  ],
  'summer-of-haskell__content-ideas-casesplit.md': ['Case split plugin'],
  'summer-of-haskell__content-ideas-ui-layout-library-for-haskell.md': [
    'UI Layout Library for Haskell - Declarative and dynamic layouts for 2D graphic frameworks',
  ],
  'summer-of-haskell__content-ideas-xeus-haskell-performance.md': [
    'xeus-haskell - Precompilation and Caching for Instant Startup',
  ],
  'zarr-gsoc__2025-ideas-list.md': ['Bit-Packing', 'Low-Latency Optimizations'],
};

const LFX_2026 = 'cncf-mentoring__programs-lfx-mentorship-2026-02-Jun-Aug-README.md';
/** A sample of the LFX 2026 titles, in file order (the file has 65 ideas). */
const LFX_2026_SAMPLE = [
  'Refactor PodChaos and NetworkChaos E2E Tests into Gherkin-based BDD Scenarios',
  'Runtime Fact Checker for Chaos Mesh Experiments',
  'AI-Powered Trace Analysis: Phase 2 - Self-Service "Skills" Framework',
  'Add Agones to Headlamp: Kubernetes Game Server Management UI',
  'Add Argo CD to Headlamp: GitOps Application Management UI',
  'Add Tinkerbell to Headlamp: Bare Metal Provisioning UI',
  'Advanced Observability: Per-Rule Metrics and Headlamp Plugin',
  'Meshery Models Support for OCI Registries',
  "Extensive evaluation of urunc's sandboxing execution model",
  'Support multi-AgentCube Capability',
  'Kthena Router supports APIs for third-party models',
  'Kthena Router Benchmark',
  'Memory alignment in WASM instructions',
];

const XEN = 'outreach-2014.md';
const CNCF_GSOC = 'cncf-mentoring__programs-summerofcode-2026.md';
const LFX_2020 = 'cncf-mentoring__programs-lfx-mentorship-2020-q1-project_ideas.md';
const CHAOSS = 'chaoss-community__mentorship-programs-mentorship-google-summer-of-code-gsoc-ideas.md';
const OSPP = 'chaoss-community__mentorship-programs-mentorship-open-source-promotion-plan-summer-ospp-ideas.md';
const NIXOS = 'nixos-gsoc__ideas-2026.md';
const FOSSOLOGY = 'fossology-gsoc__docs-2025-GSoC-projects.md';
const ZARR = 'zarr-gsoc__2025-ideas-list.md';
const SUNPY = 'openastronomy__gsoc-gsoc2016-ideas_sunpy.md';
const ASTROPY_2026 = 'openastronomy___projects-2026-astropy-astropy_core_improvements.md';
const ASTROPY_2017 = 'openastronomy___projects-2017-astropy-coord-velocities.md';
const CASESPLIT = 'summer-of-haskell__content-ideas-casesplit.md';
const XEUS = 'summer-of-haskell__content-ideas-xeus-haskell-performance.md';
const UI_LAYOUT = 'summer-of-haskell__content-ideas-ui-layout-library-for-haskell.md';

describe('corpus: ideas per file', () => {
  it.each(Object.entries(TITLES))('finds exactly the ideas of %s', (name, titles) => {
    const file = parse(name);
    expect(file.notices).toEqual([]);
    expect(file.ideas.map((entry) => entry.title)).toEqual(titles);
  });

  it('finds all 65 ideas of the LFX 2026 list, including those under sub-project headings', () => {
    const titles = parse(LFX_2026).ideas.map((entry) => entry.title);
    expect(titles).toHaveLength(65);
    expect(titles.filter((title) => LFX_2026_SAMPLE.includes(title))).toEqual(LFX_2026_SAMPLE);
    for (const notAnIdea of [
      'Timeline',
      'Project instructions',
      'Table of Contents',
      'Accepted Projects',
      'Headlamp',
      'AgentCube',
      'kthena',
      'Chaos Mesh',
    ]) {
      expect(titles).not.toContain(notAnIdea);
    }
  });

  it('gives every LFX 2026 idea a description, outcomes, skills, mentors and an issue', () => {
    for (const entry of parse(LFX_2026).ideas) {
      for (const name of ['description', 'outcomes', 'skills', 'mentors', 'issue'] as const) {
        expect(entry.fields[name]?.value, `${name} of "${entry.title}"`).not.toBe('');
      }
    }
  });
});

describe('corpus: Xen outreach 2014 (plain `Label: value` lines)', () => {
  const xenFields: FieldName[] = [
    'inserted',
    'verified',
    'program',
    'mentors',
    'difficulty',
    'skills',
    'description',
    'outcomes',
  ];

  it('reads the Xen template fields of every idea', () => {
    for (const entry of parse(XEN).ideas)
      expect(Object.keys(entry.fields).sort(), entry.title).toEqual(
        [...xenFields, ...(entry.title.includes('PVSCSI') ? ['review'] : [])].sort(),
      );
  });

  it('reads the `;`-separated first line and the contact', () => {
    const title = 'Utilize Intel QuickData on network and block path';
    expect(field(XEN, title, 'inserted')).toMatchObject({ label: 'Date of insert', value: '01/22/2013' });
    expect(field(XEN, title, 'verified')).toMatchObject({ label: 'Verified', value: 'Not updated in 2016' });
    expect(field(XEN, title, 'program')).toMatchObject({ label: 'GSoC', value: 'Yes' });
    expect(field(XEN, title, 'mentors')).toMatchObject({
      label: 'Technical contact',
      value: 'Konrad Rzeszutek Wilk <konrad.wilk@oracle.com>',
    });
    expect(field(XEN, title, 'difficulty').value).toBe('High');
    expect(field(XEN, 'DRBD Integration', 'program').value).toBe('Unknown');
    expect(field(XEN, 'XL to XCP VM motion', 'mentors').value).toBe('Ian Campbell');
    expect(field(XEN, 'CPU/RAM/PCI diagram tool', 'difficulty').value).toMatch(/^Moderate, to Extremely Difficult/);
  });

  it('runs descriptions over their paragraphs and takes the outcome lists', () => {
    const title = 'Utilize Intel QuickData on network and block path';
    const description = field(XEN, title, 'description').value;
    expect(description).toMatch(/^The Intel QuickData, also known as Direct Cache Access/);
    expect(description).toMatch(/dmaengine@vger\.kernel\.org is an excellent mailing list to subscribe to\.$/);
    expect(field(XEN, title, 'outcomes').value).toBe(
      'Expected outcome:\nInvestigate whether DCA (aka QuickData aka I/O AT) works with Xen.\nIf above is true: have upstream patches (or draft patches)\nand benchmark report of with and without.',
    );
    expect(field(XEN, 'Create a tiny VM for easy load testing', 'outcomes').value).toMatch(
      /^1\. a repository containing an 'unikernel'/,
    );
  });

  it('takes the KDD `Expected Results:` list as its outcomes, the first occurrence', () => {
    const outcomes = field(XEN, 'KDD (Windows Debugger Stub) enhancements', 'outcomes');
    expect(outcomes.label).toBe('Expected Results');
    expect(outcomes.value.split('\n')).toEqual([
      'Add support for Windows 8 (x86, x64) to kdd',
      'Add support for Windows Server 2012 to kdd',
      'Enhance kdd to allow WinDbg to write out usable Windows memory dumps (via .dump debugger extension) for all supported versions',
      'Produce a user guide for kdd on Xen wiki page',
    ]);
  });

  it('reads the review comments of the PVSCSI idea and its placeholder outcomes', () => {
    const title = 'Implement Xen PVSCSI support in xl/libxl toolstack';
    expect(field(XEN, title, 'review').value).toMatch(
      /^Lars\.kurth 14:14, 23 January 2013 \(UTC\): Should be suitable/,
    );
    expect(field(XEN, title, 'outcomes').value).toBe('Not specified, project outcomes');
    expect(field(XEN, title, 'description').value).toMatch(/More info: http:\/\/wiki\.xen\.org\/xenwiki\/XenPVSCSI$/);
  });

  it('places titles, fields and sections', () => {
    const first = idea(XEN, 'Utilize Intel QuickData on network and block path');
    expect(first.titlePosition.start).toMatchObject({ line: 9, column: 6 });
    expect(first.section).toEqual(['List of peer reviewed Projects', 'Domain support (PVOPS and Linux)']);
    expect(first.fields.difficulty?.valuePosition?.start).toMatchObject({ line: 13, column: 13 });
    expect(first.fields.program?.labelPosition.start).toMatchObject({ line: 11, column: 60 });
    expect(idea(XEN, 'DRBD Integration').section).toEqual(['List of projects that need more work', 'XAPI']);
  });
});

describe('corpus: CNCF GSoC 2026 (`- Label:` bullets)', () => {
  it('reads bullets, nested mentor lists and values on the next line', () => {
    const drasi = 'Reactive Agents with Drasi & Dapr';
    expect(field(CNCF_GSOC, drasi, 'size')).toMatchObject({ label: 'Expected project size', value: 'Large' });
    expect(field(CNCF_GSOC, drasi, 'mentors').value).toMatch(
      /^Aman Singh \(@amansinghoriginal, singh\.amandeep@microsoft\.com\) from Drasi - primary\n/,
    );
    expect(field(CNCF_GSOC, drasi, 'issue')).toMatchObject({
      label: 'Upstream Issue (URL)',
      value: 'https://github.com/drasi-project/drasi-platform/issues/383',
    });
    const kgateway = 'Benchmarking and Performance Evaluation of Inference Routing Extensions in kgateway';
    expect(field(CNCF_GSOC, kgateway, 'size').value).toBe('Medium (~175 hour projects)');
    expect(field(CNCF_GSOC, kgateway, 'mentors').value).toMatch(/^Primary Mentor: Nina Polshakova/);
  });

  it('reads bold bullet labels', () => {
    const jaeger = 'AI-Powered Trace Analysis: Phase 2 - Self-Service "Skills" Framework';
    expect(field(CNCF_GSOC, jaeger, 'mentors')).toMatchObject({
      label: 'Mentors',
      value: 'Jonah Kowall (@jkowall, jkowall@kowall.net)\nYuri Shkuro (@yurishkuro, github@ysh.us)',
    });
    expect(field(CNCF_GSOC, jaeger, 'size').value).toBe('Large (~350 hour projects)');
    expect(field(CNCF_GSOC, jaeger, 'outcomes').value.split('\n')).toHaveLength(5);
  });

  it('drops the template comment after `Mentor(s):`', () => {
    const mentors = field(
      CNCF_GSOC,
      'Enrich KitOps Integration Guides with Kubeflow Model Registry, Argo Workflows, Kyverno',
      'mentors',
    );
    expect(mentors.value).toBe(
      'Gorkem Ercan (@gorkem, gorkem.ercan@gmail.com) - primary\nAngel Misevski (@amisevsk, amisevsk@gmail.com)',
    );
    expect(mentors.valuePosition?.start.line).toBe(210);
  });

  it('has no difficulty anywhere', () => {
    expect(parse(CNCF_GSOC).ideas.filter((entry) => entry.fields.difficulty)).toEqual([]);
  });
});

describe('corpus: CNCF LFX lists', () => {
  it('reads bullets written with a tab after the dash', () => {
    const title = 'Extend internal metrics support on Fluent Bit';
    expect(field(LFX_2020, title, 'skills').value).toBe('C, Linux user-space development and basics of system calls');
    expect(field(LFX_2020, title, 'mentors')).toMatchObject({ label: 'Mentor(s)', value: 'Eduardo Silva @edsiper' });
    expect(field(LFX_2020, 'Benchmarks for TSDB', 'mentors').label).toBe('Potential Mentors');
    expect(idea(LFX_2020, title).section).toEqual(['Fluentd']);
  });

  it('takes the paragraphs after an empty `- Description:` item', () => {
    const description = field(LFX_2026, "Extensive evaluation of urunc's sandboxing execution model", 'description');
    expect(description.value).toMatch(/^According to urunc's execution model/);
    expect(description.value).toMatch(/versions\.$/);
  });

  it('reads the typo label `Expected OUtcome` and placeholder mentors', () => {
    const ideas = parse(LFX_2026).ideas;
    expect(ideas.some((entry) => entry.fields.outcomes?.label === 'Expected OUtcome')).toBe(true);
    expect(ideas.some((entry) => /TBD \(@tbd, tbd@email\)/.test(entry.fields.mentors?.value ?? ''))).toBe(true);
    expect(idea(LFX_2026, 'Add Agones to Headlamp: Kubernetes Game Server Management UI').section).toEqual([
      'Accepted Projects',
      'Kubernetes',
      'Headlamp',
    ]);
  });
});

describe('corpus: CHAOSS (`## Idea:` titles, italic bullets)', () => {
  it('reads `**Hours: 350**`, italic labels and the aims as outcomes', () => {
    const title = 'Machine Learning based Community Health and Communication';
    expect(field(CHAOSS, title, 'size')).toMatchObject({ label: 'Hours', value: '350' });
    expect(field(CHAOSS, title, 'difficulty').value).toBe('Medium');
    expect(field(CHAOSS, title, 'mentors').value).toBe('Sean Goggins, Andrew Brain');
    expect(field(CHAOSS, title, 'skills')).toMatchObject({
      label: 'Requirements',
      value: 'Python programming experience, or a strong interest.',
    });
    expect(field(CHAOSS, title, 'outcomes').label).toBe('The aims of the project are as follows');
    expect(field(CHAOSS, title, 'outcomes').value.split('\n')).toHaveLength(3);
  });

  it('takes the prose under the heading as the description', () => {
    const description = field(CHAOSS, 'Machine Learning based Community Health and Communication', 'description');
    expect(description.label).toBe('');
    expect(description.value).toMatch(/Currently Augur uses computational linguistics/);
    expect(field(CHAOSS, 'Implement Conversion Rate Metric in CHAOSS Software', 'description').label).toBe(
      'Description',
    );
  });

  it('reads the OSPP `**Label:**` paragraphs with emails in angle brackets', () => {
    const title = 'Automate Metrics Translation and Process Improvement';
    expect(field(OSPP, title, 'difficulty')).toMatchObject({ label: 'Difficulty Level', value: 'High' });
    expect(field(OSPP, title, 'mentors').value).toBe(
      'Xiaoya Xia <2031361857@qq.com>\nFrank Zhao <frank_zsy@hypertrons.io>',
    );
    expect(field(OSPP, title, 'skills').label).toBe('Knowledge/Skills Involved');
    expect(field(OSPP, title, 'outcomes').label).toBe('Aims of the project');
  });
});

describe('corpus: NixOS (plain lines, lists after labels)', () => {
  it('reads effort, difficulty and mentor lists', () => {
    const title = 'Migrate some NixOS modules to modular services';
    expect(field(NIXOS, title, 'size')).toMatchObject({
      label: 'Effort',
      value: 'Small (90 hours) to Large (350 hours)',
    });
    expect(field(NIXOS, title, 'mentors')).toMatchObject({
      label: 'Possible mentors',
      value: 'Robert Hensing\nSilvan Mosberger\nShahar "Dawn" Or',
    });
    expect(field(NIXOS, title, 'skills').value).toBe('NixOS configurations\nSystemd services');
    expect(field(NIXOS, title, 'outcomes').label).toBe('The result');
    expect(field(NIXOS, 'Review Nixpkgs PRs', 'difficulty').value).toBe('Easy to medium depending on choice');
    expect(field(NIXOS, 'Review Nixpkgs PRs', 'description').value).toMatch(
      /^Nixpkgs is the largest package repository/,
    );
  });

  it('leaves missing fields missing', () => {
    expect(idea(NIXOS, 'Patch CVE Reference Cleanup').fields.difficulty).toBeUndefined();
    expect(idea(NIXOS, 'Patch CVE Reference Cleanup').fields.mentors).toBeUndefined();
    expect(idea(NIXOS, 'Patch CVE Reference Cleanup').section).toEqual(['Draft Ideas']);
  });
});

describe('corpus: fossology (key/value tables)', () => {
  it('reads the goal line and the table rows', () => {
    const title = 'Data pipelining for safaa project';
    expect(field(FOSSOLOGY, title, 'outcomes')).toMatchObject({
      label: 'Goal',
      value: 'Automate the process of model training using pipelining.',
    });
    expect(field(FOSSOLOGY, title, 'size')).toMatchObject({ label: 'Project size', value: 'Large' });
    expect(field(FOSSOLOGY, title, 'skills').value).toBe('Python, ML And Data');
    expect(field(FOSSOLOGY, title, 'mentors')).toMatchObject({
      label: 'Contact',
      value: '@Kaushl2208 @GMishx @shaheemazmalmmd',
    });
    expect(field(FOSSOLOGY, title, 'mentors').valuePosition?.start.line).toBe(140);
    expect(field(FOSSOLOGY, title, 'description').value).toMatch(
      /^Currently in Safaa Project data was manually curated/,
    );
    expect(field(FOSSOLOGY, 'Complete microservices infrastructure for FOSSology', 'size').value).toBe('Medium/Large');
  });
});

describe('corpus: zarr (blockquote labels with emoji)', () => {
  it('reads the label blockquotes and their values', () => {
    const title = 'Bit-Packing';
    expect(field(ZARR, title, 'size')).toMatchObject({ label: 'Project Length', value: '175 hours' });
    expect(field(ZARR, title, 'difficulty')).toMatchObject({ label: 'Complexity', value: 'Medium' });
    expect(field(ZARR, title, 'mentors')).toMatchObject({
      label: 'Potential Mentors',
      value: 'Vincent Immler\nAkshay Subramaniam',
    });
    expect(field(ZARR, title, 'mentors').raw).toContain('mailto:vincent.immler@oregonstate.edu');
    expect(field(ZARR, title, 'description').label).toBe('Abstract');
    expect(idea(ZARR, title).fields.outcomes).toBeUndefined();
    expect(idea(ZARR, 'Low-Latency Optimizations').titlePosition.start).toMatchObject({ line: 66, column: 22 });
  });
});

describe('corpus: sunpy (Jekyll page, italic labels)', () => {
  it('reads italic labels, description sub-headings and bold outcome labels', () => {
    const title = 'Lightcurve Refactor';
    expect(field(SUNPY, title, 'mentors')).toMatchObject({
      label: 'Suggested Mentor(s)',
      value: 'Stuart Mumford, Dan Ryan, Andrew Inglis, Jack Ireland',
    });
    expect(field(SUNPY, title, 'difficulty').value).toBe('Beginner');
    expect(field(SUNPY, title, 'description').value).toMatch(
      /^The Lightcurve class is one of the three core datatypes/,
    );
    expect(field(SUNPY, title, 'outcomes').label).toBe('Expected Outcomes');
    expect(field(SUNPY, 'Real time data access and visualisation tools', 'difficulty').value).toBe(
      'Beginner-Intermediate',
    );
    expect(idea(SUNPY, 'Real time data access and visualisation tools').fields.outcomes).toBeUndefined();
    expect(parse(SUNPY).frontMatter).toMatchObject({ layout: 'default', title: 'Ideas for SunPy' });
  });
});

describe('corpus: one idea per file with front matter', () => {
  it('reads OpenAstronomy front matter', () => {
    const [entry] = parse(ASTROPY_2026).ideas;
    expect(entry.title).toBe("Hardening astropy's core stability");
    expect(entry.titlePosition.start).toMatchObject({ line: 2, column: 7 });
    expect(entry.fields.difficulty).toMatchObject({
      label: 'difficulty',
      value: 'medium to high, depending on candidate',
    });
    expect(entry.fields.mentors?.value).toBe('neutrinoceros, astrofrog, nstarkman');
    expect(entry.fields.mentors?.valuePosition?.start.line).toBe(21);
    expect(entry.fields.size).toMatchObject({ label: 'project_size', value: '175 h' });
    expect(entry.fields.issue?.value).toMatch(/^https:\/\/github\.com\/neutrinoceros\/astropy-APEs\/pull\/1, /);
    expect(entry.fields.description?.label).toBe('Description');
    expect(entry.fields.description?.value).toMatch(/^Astropy is a mixed-language code base\./);
    const [older] = parse(ASTROPY_2017).ideas;
    expect(older.fields.difficulty?.value).toBe('Expert');
    expect(older.fields.mentors?.value).toBe('mhvk, eteq, adrn');
    expect(older.fields.size).toBeUndefined();
  });

  it('reads Summer of Haskell pages with a title-only front matter', () => {
    const [casesplit] = parse(CASESPLIT).ideas;
    expect(casesplit.fields.mentors?.value).toBe('TBD');
    expect(casesplit.fields.size?.value).toBe('350hrs');
    expect(casesplit.fields.difficulty?.value).toBe('Hard');
    expect(casesplit.fields.outcomes).toMatchObject({
      label: 'Goals',
      value:
        'New plugin hls-case-split-plugin\nSupport GHC 9.14.1\nCan casesplit on enum types\nCan casesplit on arbitrary algebraic datatypes',
    });
    const [xeus] = parse(XEUS).ideas;
    expect(xeus.fields.description?.label).toBe('Project Context');
    expect(xeus.fields.skills?.label).toBe('Prerequisites');
    expect(xeus.fields.mentors?.value).toBe('Masaya Taniguchi');
    expect(xeus.fields.size?.value).toBe('175h (Medium)');
    const [layout] = parse(UI_LAYOUT).ideas;
    expect(layout.fields.mentors).toMatchObject({ label: 'Mentorship', value: 'Adrian Sieber (ad-si)' });
    expect(layout.fields.difficulty).toBeUndefined();
    expect(layout.fields.description?.value).toMatch(/^Haskell has several low-level libraries/);
  });
});
