import { describe, expect, it } from 'vitest';
import { applyFixes, describeFindings, lintWith } from '../support/lint.js';

const NOT_DEFINED = 'is not defined in this idea: spell it out at first use, or link it.';

/** One idea with two fields (so the parser reads it as an idea) and `body` as its text. */
function idea(body: string, title = 'Improve the toolstack'): string {
  return `## ${title}\n\nDifficulty: Medium\nSize: 175 hours\n\n${body}\n`;
}

/** The subjects (terms) flagged in `text`. */
function flagged(text: string, options: Record<string, unknown> = {}, extra = {}): string[] {
  return lintWith('undefined-terms', text, options, extra).map((finding) => finding.subject ?? '');
}

describe('undefined-terms', () => {
  describe('what it flags', () => {
    it('flags the first use of an undefined acronym, at the acronym, with the term as subject', () => {
      const findings = lintWith('undefined-terms', idea('Port PVSCSI to xl. PVSCSI is fast.'));
      expect(describeFindings(findings)).toEqual([`6:6 "PVSCSI" ${NOT_DEFINED}`]);
      expect(findings[0]).toMatchObject({
        subject: 'PVSCSI',
        endLine: 6,
        endColumn: 12,
        idea: 'Improve the toolstack',
      });
    });

    it('flags a use in the title at the title', () => {
      expect(describeFindings(lintWith('undefined-terms', idea('Port it to xl.', 'XL to XCP VM motion')))).toEqual([
        `1:4 "XL" ${NOT_DEFINED}`,
        `1:10 "XCP" ${NOT_DEFINED}`,
      ]);
    });

    it('flags a use in a front matter title at the title', () => {
      const text = '---\ntitle: Port PVSCSI to xl\ndifficulty: medium\nmentors:\n  - jane\n---\n\nThe driver is old.\n';
      expect(describeFindings(lintWith('undefined-terms', text))).toEqual([`2:13 "PVSCSI" ${NOT_DEFINED}`]);
    });

    it('reads a plural as its term and quotes it as written', () => {
      const findings = lintWith('undefined-terms', idea('Disk images are stored as VDIs.'));
      expect(describeFindings(findings)).toEqual([`6:27 "VDIs" ${NOT_DEFINED}`]);
      expect(findings[0].subject).toBe('VDI');
    });

    it('reads two-letter, digit and PCIe-style terms, and hyphenated capitals as one term', () => {
      expect(flagged(idea('Use SR for storage, A2A between agents, PCIe for devices and SR-IOV for NICs.'))).toEqual([
        'SR',
        'A2A',
        'PCIe',
        'SR-IOV',
        'NIC',
      ]);
    });

    it('reads the capitals of a hyphenated word (PCI-based) and of slash lists (CPU/RAM/PCI)', () => {
      expect(flagged(idea('A PCI-based tool for CPU/RAM/DIMM layouts.'))).toEqual(['PCI', 'DIMM']);
    });

    it('flags each term once per idea, and again in the next idea', () => {
      const text = `${idea('DRBD is here. DRBD again.', 'First idea')}\n${idea('DRBD there.', 'Second idea')}`;
      expect(lintWith('undefined-terms', text).map((f) => `${f.idea}: ${f.subject}`)).toEqual([
        'First idea: DRBD',
        'Second idea: DRBD',
      ]);
    });

    // Session 12: the readers of every labelled set read a term the idea spells out after its first use as defined
    // (Carbyne Stack's VCP and "virtual cloud providers", regression-6; Submitty's TA, caMicroscope's RGB,
    // regression-10), and no labelled undefined term of any set is spelled out later in its idea.
    it('accepts a term spelled out later in the idea, in long words that give their initials', () => {
      const later = idea('Add DRBD support.\n\nDRBD (Distributed Replicated Block Device) mirrors disks.');
      expect(describeFindings(lintWith('undefined-terms', later))).toEqual([]);
      const plain = idea('Secure the intra-VCP traffic.\n\nOperators will run virtual cloud providers securely.');
      expect(describeFindings(lintWith('undefined-terms', plain))).toEqual([]);
    });

    it('flags a term whose letters only a later run of short or chance words gives', () => {
      // "all common Linux" is no ACL (Emory BMI, regression-2): a word of three letters breaks the run.
      const chance = idea('Manage ACLs.\n\nThis runs on all common Linux filesystems.');
      expect(describeFindings(lintWith('undefined-terms', chance))).toEqual([`6:8 "ACLs" ${NOT_DEFINED}`]);
      // A web address is not prose: `haskell-language-server` in a URL spells no HLS.
      const address = idea('Extend HLS.\n\nIssue: https://github.com/haskell/haskell-language-server/issues/1');
      expect(describeFindings(lintWith('undefined-terms', address))).toEqual([`6:8 "HLS" ${NOT_DEFINED}`]);
    });
  });

  describe('definitions it accepts', () => {
    it.each([
      ['a long form whose initials match', 'Advanced Error Reporting (AER) events reach the guest.'],
      ['a lower-case long form', 'Each access control list (ACL) is checked.'],
      ['a capital inside a word of the long form', 'Use the ParaVirtualized Driver (PVD) here.'],
      ['a hyphenated long form', 'Use Retrieval-Augmented Generation (RAG) here.'],
      ['a long form with small words skipped', 'Ask the Department of Defense (DOD) first.'],
      [
        'a long form followed by more in the parenthesis',
        'Data stays in the Last Level Cache (LLC, also known as L3).',
      ],
      ['a long form with "for short"', 'Use the Xen Cloud Platform (XCP for short).'],
      ['an explanation of two or more words', 'Enhance KDD (Windows Debugger Stub) support.'],
      [
        'an explanation after a lower-case term',
        'Use xl (the toolstack supplied alongside Xen) to do it; XL is simple.',
      ],
      ['"stands for"', 'DRBD stands for Distributed Replicated Block Device.'],
      ['"short for"', 'XCP, short for Xen Cloud Platform, is a toolstack.'],
      ['"also known as" after the term', 'DCA, also known as QuickData, speeds it up.'],
      ['"(i.e. …)"', 'Boot HVM (i.e. fully virtualised) guests.'],
      ['"ABBR: Long Form" with matching initials', 'We use VBD: virtual block device.'],
      ['a definition-list entry', '- OVF: the format most virtual appliances ship in'],
      [
        'a table row giving the term and an explanation',
        '| Term | Meaning |\n|---|---|\n| OVF | open virtualization format |',
      ],
      ['another name given with "(or …)"', 'Intel QuickData, also known as Direct Cache Access (or IOA/T), helps.'],
      ['another name given with "aka"', 'Check whether QuickData (aka I/O AT) works.'],
      ['a link whose text is the term', 'Port [PVSCSI](https://wiki.xenproject.org/wiki/PVSCSI) to xl.'],
      ['a link whose text contains the term', 'Read [the XCP overview](https://xenproject.org/xcp) first.'],
      ['a link right after the term', 'Port XCP ([overview](https://xenproject.org/xcp)) tools.'],
      // Session 17: the parenthesis may point to the link, or be the link's own text.
      ['"see" before a link right after the term', 'Map genes with QZXG (see [the site](https://qzxg.org)).'],
      ['"cf." before a link right after the term', 'Map genes with QZXG (cf. [its docs](https://qzxg.org)) first.'],
      ['"docs:" before a link right after the term', 'Map genes with QZXG (docs: [here](https://qzxg.org)).'],
      ['a link in parentheses right after the term', 'Map genes with QZXG [(docs)](https://qzxg.org) for pathways.'],
      ['an <abbr> element', 'Port <abbr title="ParaVirtualized SCSI">PVSCSI</abbr> to xl.'],
      ['the long form spelled out earlier', 'It has other high-availability features. A minimal HA setup works.'],
      [
        'a definition later in the same paragraph',
        'Add DRBD support, where DRBD (Distributed Replicated Block Device) mirrors disks.',
      ],
    ])('accepts %s', (_, body) => {
      expect(flagged(idea(body))).toEqual([]);
    });

    it('accepts a definition anywhere in the idea for a use in its title', () => {
      const text = idea(
        'Some context first.\n\nAdvanced Error Reporting (AER) lets devices report faults.',
        'Improve AER handling',
      );
      expect(flagged(text)).toEqual([]);
    });

    it('accepts a definition in an earlier paragraph for later uses', () => {
      expect(flagged(idea('Distributed Replicated Block Device (DRBD) mirrors disks.\n\nAdd DRBD to XenAPI.'))).toEqual(
        [],
      );
    });
  });

  describe('definitions it rejects', () => {
    it.each([
      ['a parenthesis after words whose initials do not match', 'Start by using the tool (ZQA) on a host.', ['ZQA']],
      ['a remark in parentheses', 'Boot HVM (and PV) guests.', ['HVM', 'PV']],
      ['a hedge in parentheses', 'Convert to XCP (perhaps OVF or similar) formats.', ['XCP', 'OVF']],
      ['"(or a …)" naming a second thing', 'Write a native Hyper-V (or a HCS) driver.', ['HCS']],
      ['a definition-list entry that is a remark', '- CUE — or willingness to learn it quickly', ['CUE']],
      // A link later in the parenthesis, after other words, is about them, not the term.
      ['a link after words in the parenthesis', 'Map genes with QZXG (as in [the paper](https://x.org)).', ['QZXG']],
      ['a link after the next word', 'Map genes with QZXG and [Gene Ontology](https://x.org).', ['QZXG']],
      [
        'a long form two ordinary words spell by chance',
        'Split messages over several sockets; the SM layer routes them.',
        ['SM'],
      ],
    ])('rejects %s', (_, body, terms) => {
      expect(flagged(idea(body))).toEqual(terms);
    });
  });

  describe('what it does not read as terms', () => {
    it.each([
      ['mixed-case names', 'Use GSoC, OCaml, XenAPI, K8s, gRPC, IPv6 and MirageOS.'],
      ['identifiers, file names and versions', 'See GSoC_2013, MAX_VALUE, AGENTS.md and ASP.NET.'],
      ['Roman numerals', 'This is phase II, then part IV and XIII.'],
      ['units', 'Each VM needs 16 MB, 2 GB or 4 TB at 60 FPS.'],
      ['placeholders and English words in capitals', 'NOTE: this is TBD, TODO and WIP. Do this OR that.'],
      ['tool names written in capitals', 'It is served through FLASK on LINUX.'],
      ['a shouted phrase', 'DO NOT EDIT THIS PAGE BY HAND.'],
      ['code spans', 'Run `PVSCSI_ENABLE=1 make` first.'],
      ['code blocks', '```\nDRBD_CONFIG = XYZ\n```'],
      ['URLs and emails', 'See https://example.org/DRBD/XCP and mail DRBD@example.org or www.example.org/XCP.'],
      ['link targets', 'See [the docs](https://example.org/DRBD).'],
      ['handles', 'Ask @STRRL or $HOME.'],
      ['terms every applicant knows', 'Use the API over HTTP with JSON on the CPU and GPU of a VM.'],
      ['a plural in capitals of a known term', 'Use LLMS and APIS.'],
    ])('skips %s', (_, body) => {
      expect(flagged(idea(body))).toEqual([]);
    });

    it('skips the names in the mentors field', () => {
      expect(flagged(idea('Mentors: Zhiqiang ZHOU, John DOE\n\nA plain description.'))).toEqual([]);
    });

    it('skips terms used in the page introduction, such as the organisation name', () => {
      const text = `# CHAOSS ideas\n\nInterested in working with CHAOSS? Read on.\n\n${idea('Improve the CHAOSS bot.')}`;
      expect(flagged(text)).toEqual([]);
    });

    it('skips each part of a compound name used in the page introduction', () => {
      // A compound name names each of its parts: GNSS-SDR's introduction ("GNSS-SDR is serving again as a mentor
      // organization", regression-9) makes GNSS a word of the page; the same for any hyphenated name of capitals.
      const text = `# Ideas\n\nThis year, GNSS-SDR is a mentor organization.\n\n${idea('Build a GNSS receiver and an SDR front end.')}`;
      expect(flagged(text)).toEqual([]);
      expect(flagged(idea('Build a GNSS receiver in GNSS-SDR.'))).toEqual(['GNSS', 'GNSS-SDR']);
    });

    it('skips the words of the site and of the code-forge owner the introduction links to', () => {
      // MoveIt (regression-10), a ROS project: its introduction links `github.com/ros-planning/moveit.ros.org`, and
      // its ideas say "a ROS interface" and "ROS 2" unexplained. Other forms: a host of the organisation's site.
      const forge = `# Ideas\n\nSee the [repository](https://github.com/ros-planning/moveit).\n\n${idea('It only offers a ROS interface.')}`;
      expect(flagged(forge)).toEqual([]);
      const site = `# Ideas\n\nVisit <https://docs.qbits.io/start> first.\n\n${idea('Port QBITS to the web.')}`;
      expect(flagged(site)).toEqual([]);
      // The top-level domain and other owners' words say nothing; nor does an address inside an idea.
      expect(flagged(`# Ideas\n\nSee https://example.org/ros.\n\n${idea('Port the ORG and ROS code.')}`)).toEqual([
        'ORG',
        'ROS',
      ]);
      expect(flagged(idea('See https://github.com/ros-planning/x. It only offers a ROS interface.'))).toEqual(['ROS']);
    });

    it('skips a term that is the whole text of a link anywhere on the page', () => {
      // Racket (regression-9): "[XREPL](http://docs.racket-lang.org/xrepl/)" in one idea, "### … for XREPL" another's title.
      const linked = `${idea('Integrate with [XREPL](https://docs.example.org/xrepl/).', 'REPL work')}\n${idea('Line editing for XREPL.', 'Line editing')}`;
      expect(flagged(linked)).toEqual([]);
      // A link whose text only holds the term, or a link inside the page, says nothing of it.
      const partly = `${idea('See [the XREPL docs](https://docs.example.org/).', 'REPL work')}\n${idea('Line editing for XREPL.', 'Line editing')}`;
      expect(flagged(partly)).toEqual(['XREPL']);
      const inside = `${idea('See [XREPL](#line-editing).', 'REPL work')}\n${idea('Line editing for XREPL.', 'Line editing')}`;
      expect(flagged(inside)).toEqual(['XREPL']);
    });

    it('skips terms used in the introduction of a group of ideas, after the first idea', () => {
      const text = `${idea('Port the SCXML tool.')}\n# Image Processing Portal projects\n\nThis includes establishing the IPP at universities.\n\n${idea('Improve the UX of the IPP.', 'User experience')}`;
      expect(flagged(text)).toEqual(['SCXML']);
      const alone = idea('Improve the UX of the IPP.', 'User experience');
      expect(flagged(alone)).toEqual(['IPP']);
    });

    it('skips example contents in capitals and a known term with a number after it', () => {
      expect(flagged(idea('Paste "XYZ" and select ABC to DEF on ARM64 boards.'))).toEqual([]);
      // An unknown term is not known with a number either; with one it is a numbered name (session 15, below).
      expect(flagged(idea('Run it on FOOB boards.'))).toEqual(['FOOB']);
    });

    it('skips a short form of one word written in full before the same next word', () => {
      expect(flagged(idea('Some experience with Github Actions.\n\nGitHub CI and GH Actions are used.'))).toEqual([]);
      expect(flagged(idea('Some experience with Github Actions.\n\nGH workflows are used.'))).toEqual(['GH']);
    });

    it('skips terms in the file glossary section', () => {
      const text = `${idea('Port PVSCSI to xl.')}\n## Glossary\n\n- PVSCSI: ParaVirtualized SCSI\n`;
      expect(flagged(text)).toEqual([]);
    });
  });

  describe('options', () => {
    it('never flags terms in allow, in any case', () => {
      expect(flagged(idea('Port XCP and DRBD.'), { allow: ['xcp'] })).toEqual(['DRBD']);
    });

    it('never flags the terms of the packs turned on', () => {
      const body = 'Route the IRQ through PCI and the CRD through RBAC.';
      expect(flagged(idea(body))).toEqual(['IRQ', 'PCI', 'CRD', 'RBAC']);
      expect(flagged(idea(body), { packs: ['systems'] })).toEqual(['CRD', 'RBAC']);
      expect(flagged(idea(body), { packs: ['systems', 'cloud'] })).toEqual([]);
    });

    it('checks only terms between minLength and maxLength letters and digits', () => {
      const body = 'Use SR, DRBD and PVSCSIX.';
      expect(flagged(idea(body))).toEqual(['SR', 'DRBD', 'PVSCSIX']);
      expect(flagged(idea(body), { minLength: 3 })).toEqual(['DRBD', 'PVSCSIX']);
      expect(flagged(idea(body), { maxLength: 6 })).toEqual(['SR', 'DRBD']);
    });

    it('offers the config glossary expansion as a fix that defines the term', () => {
      const text = idea('Port PVSCSI to xl.');
      const glossary = { PVSCSI: 'ParaVirtualized SCSI' };
      const findings = lintWith('undefined-terms', text, {}, { glossary });
      expect(findings[0].fix).toEqual({
        range: [findings[0].offset, findings[0].endOffset],
        text: 'ParaVirtualized SCSI (PVSCSI)',
      });
      expect(flagged(applyFixes(text, findings), {}, { glossary })).toEqual(['SCSI']);
    });

    it('puts the expansion after the term when its initials do not spell it, and pluralises it', () => {
      const text = idea('Enhance KDD, then store VDIs.');
      const glossary = { KDD: 'Windows Debugger Stub', vdi: 'Virtual Disk Image' };
      const fixes = lintWith('undefined-terms', text, {}, { glossary }).map((f) => f.fix?.text);
      expect(fixes).toEqual(['KDD (Windows Debugger Stub)', 'Virtual Disk Images (VDIs)']);
      expect(flagged(applyFixes(text, lintWith('undefined-terms', text, {}, { glossary })), {}, { glossary })).toEqual(
        [],
      );
    });

    it('counts the config glossary as a definition with acceptConfigGlossary', () => {
      const extra = { glossary: { PVSCSI: 'ParaVirtualized SCSI' } };
      expect(flagged(idea('Port PVSCSI to xl.'), { acceptConfigGlossary: true }, extra)).toEqual([]);
    });

    it('rejects unknown options and packs', () => {
      expect(() => lintWith('undefined-terms', idea('x'), { pack: ['systems'] })).toThrow();
      expect(() => lintWith('undefined-terms', idea('x'), { packs: ['chemistry'] })).toThrow();
    });
  });
});

describe('undefined-terms: long forms near the use and in the skills', () => {
  it('takes two plain words spelled out earlier in the same paragraph as the definition', () => {
    expect(flagged(idea('We build computational linguistics tools; the CL community needs a parser.'))).toEqual([]);
  });

  it('does not take two plain words in another paragraph', () => {
    expect(flagged(idea('We build computational linguistics tools.\n\nThe CL community needs a parser.'))).toEqual([
      'CL',
    ]);
  });

  it('takes a long form in the idea’s skills, one CamelCase word included', () => {
    const text = '## Run on maps\n\nDifficulty: Medium\nSkills: OpenStreetMap, Rust\n\nRender the engine on OSM.\n';
    expect(flagged(text)).toEqual([]);
    expect(flagged(text.replace('OpenStreetMap, ', ''))).toEqual(['OSM']);
  });

  it('takes a skill of two words or more whose initials spell the term, in sentence case', () => {
    // AI Planet (regression-10): "Reinforcement learning, Python, Langchain, OOPs." and "… for RL training" (RL is
    // common since session 16; transfer learning, TL, takes its place).
    const text = (skills: string) =>
      `## Self-learning agents\n\nDifficulty: Medium\nSkills: ${skills}\n\nStore outcomes for TL training.\n`;
    expect(flagged(text('Transfer learning, Python'))).toEqual([]);
    expect(flagged(text('Python; transfer learning'))).toEqual([]);
    expect(flagged(text('Python, knowledge of transfer learning'))).toEqual(['TL']);
    // One item gives the initials, not two items or words of a sentence.
    expect(flagged(text('Python, Rust, Lua'))).toEqual(['TL']);
    expect(flagged(text('Taking papers, Latex'))).toEqual(['TL']);
  });

  it('reports a term once per idea however often it is used', () => {
    expect(flagged(idea('Port PVSCSI to xl.\n\nPVSCSI is fast.\n\n- PVSCSI again'))).toEqual(['PVSCSI']);
  });
});

describe('undefined-terms: ideas that are table rows', () => {
  const table = [
    '# Ideas',
    '',
    '| Project Title | Description | Hours |',
    '|---|---|---|',
    '| Port the driver | Port PVSCSI to the new toolstack. | 175 hours |',
    '| Mirror the disks | Add DRBD support to the storage layer. | 350 hours |',
    '| Check the guests | Test what guests do on boot. | 90 hours |',
    '',
  ].join('\n');

  it('checks each row against its own text only, and reports at a line of that row', () => {
    const findings = lintWith('undefined-terms', table);
    expect(findings.map((f) => `${f.line} ${f.idea}: ${f.subject}`)).toEqual([
      '5 Port the driver: PVSCSI',
      '6 Mirror the disks: DRBD',
    ]);
  });

  it('does not take a definition in another row as one for this row', () => {
    const text = table.replace(
      'Test what guests do',
      'Distributed Replicated Block Device (DRBD) tests what guests do',
    );
    expect(lintWith('undefined-terms', text).map((f) => `${f.idea}: ${f.subject}`)).toEqual([
      'Port the driver: PVSCSI',
      'Mirror the disks: DRBD',
    ]);
  });
});

describe('undefined-terms: names explained by their context', () => {
  it.each([
    ['a kind noun after the name', 'The work extends the AUTOVAL package for daily reports.'],
    [
      'a kind noun and a relative clause',
      'We will use existing BLAS libraries, which consist of linear algebra operations.',
    ],
    ['a purpose clause', 'FIMS is an R package that uses RCPP to allow C++ to work inside of R.'],
    ['"is a …"', 'FSX is a streaming I/O library.'],
    ['a kind with "such as"', 'Study other simulation tools, such as MOOSE, first.'],
    // Redox's list: a filesystem named as such.
    ['the kind noun "filesystems"', 'The purpose of this project is to implement a driver for FAT32 filesystems.'],
    ['the kind noun "file system"', 'Read the FAT32 file system from the disk.'],
    // Qubes' and wso2's lists: a standard or a specification named as such.
    ['the kind noun "standards"', 'Integrate with the desktop following the XDG standards.'],
    ['the kind noun "specification"', 'Ability to read and interpret the OAuth2 RAR specification.'],
    // uutils' list: a language named as such, with its adjective.
    ['the kind noun "programming language"', 'Implement the lexer and parser for the AWK programming language.'],
    // uutils' list: the last item of the list goes on with what the names are for.
    [
      'the last item of a list after "like", followed by its purpose',
      'Formal methods tools: solvers like Z3 and CVC5 for superoptimization and proofs.',
    ],
    ['a list of names after "such as"', 'Solid knowledge of a system such as LEAN, Isabelle, CVC5, MiniZinc.'],
    ['a pair with a plain name', 'Add unit tests (between MATLAB and Python) and docs.'],
    ['a list after a kind in parentheses', 'Move away from vendor libraries (like CUBLAS, CUDNN, etc.) first.'],
    ["a vendor's product with a possessive", "Back it by IBM's DB2 or MongoDB."],
    ['a hyphenated name after "such as"', 'Agent workflows (evaluation systems such as SWE-bench) spawn sandboxes.'],
    ['a pair with a plain name before it', 'Knowledge of Python or MATLAB to read the code.'],
    // Terasology's, Bela's and plan9front's lists: a name beside the term in a slash list.
    ['a term and a plain name joined by a slash', 'Android / OUYA compatibility for the game.'],
    ['a name and a term joined by a slash', 'Port gen~ (a subset of Max/MSP) to the board.'],
    ['a slash list of formats with plain names', 'Our document reader needs DjVu/CHM/Jbig2 support.'],
    // Bela's list: the remarks in parentheses do not end the list of examples.
    [
      'a list of examples with remarks in parentheses',
      'Other languages work with Bela, including (at least) gen~ (a subset of Max/MSP), Pyo, FAUST, SOUL, JUCE and Rust.',
    ],
    // AFL++'s and Terasology's lists: what the term is used or stands out as.
    ['"as a …" after the term', 'With the rise of QZM as a compile target, a new way is needed.'],
    ['"as a …" after a verb or two', 'It might also help NUI stand out as a library one day.'],
    // React Native Elements' list: a term in parentheses right after links names what they are about.
    [
      'a parenthesis right after a link',
      'Related Links -> [1](https://github.com/mui-org/material-ui/blob/next/CONTRIBUTING.md) [2](https://github.com/mui-org/material-ui/blob/next/docs/scripts/buildApi.ts) (MUI)',
    ],
    // ASWF's, MalariaGEN's and Talawa's lists: a kind noun, a platform in parentheses, an everyday term.
    ['"language" after the term', 'Add Metal, Vulcan, or CUDA language support to the GPU renderer.'],
    ['"files" after the term', 'Researchers have access only to raw sequencing reads (FASTQ files).'],
    ['a platform named in parentheses', 'It renders on a GPU with GLSL (OpenGL) or HLSL (DirectX).'],
    ['a QR code', 'Some mobile apps use a QR code system for example.'],
    // SEF's list: each term of a list followed by what it is for.
    [
      'a purpose after the term',
      'Skills: Email API Integration (e.g., SMTP for sending emails, IMAP for receiving emails)',
    ],
    // TARDIS's and PyBaMM's lists: names listed after a plural noun of things, beside a plain name.
    ['a list in parentheses after a plural kind', 'Use scientific computing libraries (NumPy, SciPy, SUNDIALS).'],
    // uutils' list: a name ending in "++", paired with a plain name or listed after a kind.
    ['a name ending in "++" and a plain name', 'Get it working under AFL++ and Klee.'],
    ['a name ending in "++" after "like"', 'Formal methods tools: fuzzers like AFL++ and more.'],
    // TARDIS's list: a web address naming the term later in its sentence.
    ['an address naming the term', 'Build a plot inspired by the TULIPS tools (see https://astro-tulips.io/en/).'],
  ])('accepts %s', (_, body) => {
    expect(flagged(idea(body))).toEqual([]);
  });

  it.each([
    ['a noun for something made for the term', 'Extend the DNSSEC plugin to exchange keys.', ['DNSSEC']],
    ['a noun that only says what the term has', 'Support more CO-OPS API endpoints.', ['CO-OPS']],
    ['a kind noun after a hyphenated word', 'Make it a truly HPC-native tool.', ['HPC']],
    ['a kind noun after a slash list', 'Build a CPU/RAM/PCI software viewer.', ['PCI']],
    // WSO2's list: a slash list continuing a longer name names no product.
    ['a slash after a name of two words', 'Skills: Prompt Engineering / MCP / LLM fine tuning.', ['MCP']],
    // A remark in parentheses explains nothing. (Beside a named technology, `Skills: Java (8 or later), EMF, GMF`, the
    // list names technologies since session 16: rules/undefined-terms/technology-lists.ts; a version in parentheses,
    // `EMF (version 8 or later)`, names a product that ships versions since session 17, as "ROS 2" does.)
    ['a bare list with a remark in parentheses', 'Skills: EMF (optional), GMF.', ['EMF', 'GMF']],
    ['"as" after three words', 'The SPF tool can be used as a backend.', ['SPF']],
    ['"as a …" after a conjunction', 'Run it in NKCI and executed as an action.', ['NKCI']],
    ['a parenthesis after plain words, not a link', 'Related Links -> see the docs (MUI).', ['MUI']],
    // ASWF's and AFL++'s lists: a parenthesis of a remark or of other terms explains nothing.
    ['a remark word in parentheses', 'Wrap the library with the JNI (Optional).', ['JNI']],
    ['another term in parentheses', 'Instrument the QZM AST (LLVM) directly.', ['QZM', 'AST']],
    ['"language" before the term', 'Pyrope is the language of the HDL.', ['HDL']],
    ['a name that starts the next words of a pair', 'Supports Xen and KVM based virtualisation.', ['KVM']],
    ['a pair with a lower-case word', 'It supports both PV domUs and HVM guests.', ['PV', 'HVM']],
    ['"like" after a verb', 'We would like DRBD here.', ['DRBD']],
    ['"for" before a noun, not a purpose', 'Use QZP for the emails and QZR for inbox sync.', ['QZP', 'QZR']],
    [
      'a list in parentheses after a noun of method',
      'Couple the electrochemical models (SPM, DFN, Newman).',
      ['SPM', 'DFN'],
    ],
    ['a list after "such as" that is not names', 'Research tools such as the QARTOD glider manual.', ['QARTOD']],
    [
      'a hyphenated word after "including"',
      'Survey existing (including DLT-independent) ORM solutions.',
      ['DLT', 'ORM'],
    ],
  ])('rejects %s', (_, body, terms) => {
    expect(flagged(idea(body))).toEqual(terms);
  });
});

describe('undefined-terms: page-level names and title uses', () => {
  const intro = (list: string) => `# Umbrella ideas\n\nAn umbrella organisation.\n\n${list}\n\n`;

  it('takes linked names in a list of the introduction as known on the whole page', () => {
    const text =
      intro('* [TACC TAPIS](https://example.org/tapis)') + idea('Work on the policies.', 'TACC TAPIS: Policies');
    expect(flagged(text)).toEqual([]);
  });

  it('does not take a table of contents (links inside the page) as known names', () => {
    const text = intro('* [TAPIS policies](#tapis-policies)') + idea('Work on the policies.', 'TAPIS policies');
    expect(flagged(text)).toEqual(['TAPIS']);
  });

  it('takes plain words in the opening blocks as the long form of a term in the title', () => {
    expect(flagged(idea('Differentiate solutions of quadratic programs.', 'QP differentiation'))).toEqual([]);
  });

  // Wagtail's list: "## RTL support for Wagtail", then "### Summary" over the prose that spells it out.
  it('passes over sub-headings before the first prose of the idea for a term in the title', () => {
    const text = idea('### Summary\n\nIt has poor support for right-to-left languages.', 'RTL support');
    expect(flagged(text)).toEqual([]);
  });

  it('does not take plain words after the next heading for a term in the title', () => {
    const text = idea('Some context.\n\n### Details\n\nDifferentiate solutions of quadratic programs.', 'QP work');
    expect(flagged(text)).toEqual(['QP']);
  });

  // Java PathFinder's list: a group heading in its summary spells the term out for every idea of the group.
  it('takes a term defined in a heading outside every idea as defined on the whole page', () => {
    const summary = '# Project Ideas\n\n### Symbolic Pathfinder (SPF)\n\n* [Robustify SPF](#robustify)\n\n';
    expect(flagged(summary + idea('Test SPF with Z3.', 'Robustify String solving for SPF'))).toEqual([]);
    const unexplained = '# Project Ideas\n\n### SPF projects\n\n* [Robustify SPF](#robustify)\n\n';
    expect(flagged(unexplained + idea('Test SPF with Z3.', 'Robustify String solving for SPF'))).toEqual(['SPF']);
  });

  // ASWF's list: a member project's heading over its ideas spells the initialism they use (OpenColorIO → OCIO); a
  // heading that spells something else leaves the term undefined.
  it('takes a name in an enclosing section heading as the long form of its initialism', () => {
    const section = (name: string) =>
      `## Project ideas\n\n### ${name}\n\nHome page: https://opencolorio.org/\n\n**Project Ideas**:\n\n`;
    const bullet =
      '* Restore Java bindings\n    - The OCIO Java bindings need the OCIO v2 API, wrapped with the JNI.\n    - Mentor suggestion: Michael Dolan\n    - Difficulty: Medium\n';
    expect(flagged(section('OpenColorIO') + bullet)).toEqual(['JNI']);
    expect(flagged(section('OpenCue') + bullet)).toEqual(['OCIO', 'JNI']);
  });

  // MalariaGEN's and Yakindu's lists: a field line above the prose is defined by the prose below it.
  it('takes a definition anywhere in the idea for a term in a field line, as for the title', () => {
    const table = (rows: string) =>
      `## Natural-language interfaces\n\n| | |\n|---|---|\n| **Difficulty** | Medium |\n${rows}\n\n`;
    const prose = 'Advances in natural-language processing (NLP) offer a unique opportunity.';
    expect(flagged(table('| **Technologies** | Python, AI, NLP/LLMs |') + prose)).toEqual([]);
    expect(flagged(idea(`Skills: Java, EMF, Xtend\n\n${'EMF (Eclipse Modeling Framework) models.'}`))).toEqual([]);
    // In a paragraph of prose a definition after it counts when the long form is spelled out (session 12).
    expect(flagged(idea('We work with ASR here.\n\nAdvances in automatic speech recognition (ASR) help.'))).toEqual([]);
    expect(flagged(idea('We work with ASR here.\n\nASR (see below) helps.'))).toEqual(['ASR']);
  });

  // Terasology's list: 'Difficulty:' and 'Contacts:' lines open every idea before its prose.
  it('does not count field lines among the opening blocks that may spell out a term of the title', () => {
    const body =
      '* https://github.com/MovingBlocks/Terasology/issues/849\n* Difficulty: Easy\n* Contacts: Immortius, synopia\n\nOur "New UI" authored by Immortius is in-game.';
    expect(flagged(`## Standalone NUI editor\n\n${body}\n`)).toEqual([]);
    const late = `* https://example.org/1\n* https://example.org/2\n* https://example.org/3\n\nOur "New UI" is in-game.\n\nSize: 90 hours`;
    expect(flagged(`## Standalone NUI editor\n\n${late}\n`)).toEqual(['NUI']);
  });

  it('reads English words in capitals told by their ending as words, not terms', () => {
    expect(flagged(idea('Status: CODING, then TESTED and DEPLOYMENT.'))).toEqual([]);
    expect(flagged(idea('Status: CODAX.'))).toEqual(['CODAX']);
  });
});

describe('undefined-terms: general classes of terms a reader knows (session 13)', () => {
  it('knows the acronyms of three letters or more a standard dictionary lists, not its two-letter postal codes', () => {
    expect(flagged(idea('Align DNA and RNA reads; compare each ISP by its DVD sales.'))).toEqual([]);
    // CA (California in the dictionary) is a certificate authority here; EXR is in no dictionary.
    expect(flagged(idea('Issue certificates from the CA and store them as EXR.'))).toEqual(['CA', 'EXR']);
  });

  it('reads a term the idea also writes as a file extension as the file format it names', () => {
    expect(flagged(idea('Load textures from `.mtl` files next to each .obj model, as OBJ/MTL workflows do.'))).toEqual(
      [],
    );
    // `p5.js` and `index.html` are names, not extensions; `...` is no dot.
    expect(flagged(idea('Render the JSB scene in p5.js ... then save index.jsb as JSB.'))).toEqual(['JSB']);
  });

  it('counts a link anywhere in the idea, after the use too, as the term’s explanation', () => {
    const text = idea(
      'Show IQB scores after each test.\n\nResources:\n\n- [IQB project](https://github.com/m-lab/iqb)',
    );
    expect(flagged(text)).toEqual([]);
    const address = idea(
      'Port the kernels to native CUDX interop.\n\n- CUDX Toolkit docs: https://docs.example.com/cudx/',
    );
    expect(flagged(address)).toEqual([]);
    // In another idea the link explains nothing.
    const two = `${idea('Show IQB scores.')}\n${idea('Read the [IQB project](https://github.com/m-lab/iqb).', 'Other')}`;
    expect(flagged(two)).toEqual(['IQB']);
  });

  it('reads a term followed by one Title Case word in running prose as the first word of a product’s name', () => {
    expect(flagged(idea('Fetch traceroutes from RIPE Atlas but show them better.'))).toEqual([]);
    expect(flagged(idea('It was tested with the ACE Editor (for JavaScript) and with Blockly.'))).toEqual([]);
    // A headline in Title Case, a small word after the term, or a sentence's start is no product name.
    expect(flagged(idea('- In-depth PID Tuning of RC vehicles'))).toEqual(['PID', 'RC']);
    expect(flagged(idea('- ROI Crop Images using the viewer'))).toEqual(['ROI']);
    expect(flagged(idea('We store it in HDF. The file is big.'))).toEqual(['HDF']);
    expect(flagged(idea('Crop ROI', 'ROI Cropping tool'))).toEqual(['ROI']);
    // A capitalised word before a noun modifies it: the term is not named by it.
    expect(flagged(idea('The OCIO Java bindings need work.'))).toEqual(['OCIO']);
    expect(flagged(idea('Backends use Vivisect, IDA Pro, and Ghidra.'))).toEqual([]);
  });

  it('reads the 2 of a term such as E2E as "to" when the idea spells it "<word>-to-<word>"', () => {
    expect(flagged(idea('Add end-to-end tests of the key user flows.', 'E2E Testing for the Editor'))).toEqual([]);
    expect(flagged(idea('Replace hole punching for P2P connections by a peer-to-peer relay.'))).toEqual([]);
    // I2C is no "I-to-C"; words "in to connect" are no spelling.
    expect(flagged(idea('Trill talks I2C: plug it in to connect.'))).toEqual(['I2C']);
  });

  it('reads the capitals inside a mixed-case name of the introduction as the organisation’s own word', () => {
    const text = `# Kiwix ideas\n\nSee our repositories [/openZIM](https://github.com/openzim).\n\n${idea('Create a ZIM file.')}`;
    expect(flagged(text)).toEqual([]);
    expect(flagged(idea('Create a ZIM file.'))).toEqual(['ZIM']);
  });

  it('reads the initials of a name the introduction spells out in Title Case as the page’s word', () => {
    const intro =
      '# Sprocket ideas\n\nSprocket is built on the open Workflow Description Language, which we govern.\n\n';
    expect(flagged(`${intro}${idea('Lint WDL documents from Python.')}`)).toEqual([]);
    expect(flagged(idea('Lint WDL documents from Python.'))).toEqual(['WDL']);
    // Two words give no term: "Getting Started" is no GS.
    expect(flagged(`# Ideas\n\nSee Getting Started first.\n\n${idea('Read the GS notes.')}`)).toEqual(['GS']);
  });

  it('knows RGB, RGBA, CUDA, FPGA and OOP without a pack', () => {
    expect(flagged(idea('Map RGB and RGBA values with CUDA on an FPGA, in OOP style.'))).toEqual([]);
  });
});

describe('undefined-terms: names the page writes as names (session 14)', () => {
  it('reads a term written with a number after a hyphen as a series of numbered documents, bare uses too', () => {
    expect(flagged(idea('Implement XEP-0198 for servers. The XEP is short.'))).toEqual([]);
    expect(flagged(idea('Fix [the bug](https://jira.example.org) MDEV-18827 in the parser.'))).toEqual([]);
    expect(flagged(idea('Follow CIP-25 and CIP-0045 when signing.'))).toEqual([]);
    expect(flagged(idea('- Read LB-1231, then LB-757: both are tickets.'))).toEqual([]);
    expect(flagged(idea('Patch CVE-2024-1234 and hash with SHA-256.'))).toEqual([]);
    // A one-digit number is a version, not a document; a hyphen alone names no series.
    expect(flagged(idea('Port the XQZ-4 engine.'))).toEqual(['XQZ']);
    expect(flagged(idea('Implement the XEP for servers.'))).toEqual(['XEP']);
    // The series is named in this idea only.
    const two = `${idea('Implement XEP-0198.')}\n${idea('Write a XEP for it.', 'Other')}`;
    expect(flagged(two)).toEqual(['XEP']);
  });

  it('reads "TERM or similar KIND" and "TERM or other KINDs" as a name of that kind', () => {
    expect(flagged(idea('Call the server through POSTMAN or similar tool.'))).toEqual([]);
    expect(flagged(idea('Much of this can be done in QEMU or other emulators.'))).toEqual([]);
    expect(flagged(idea('Test it with ZAPQ, or any other proxy.'))).toEqual([]);
    expect(flagged(idea('Use BERT, or similar models, to embed the text.'))).toEqual([]);
    expect(flagged(idea('Render with VKD or a comparable library.'))).toEqual([]);
    // Without the kind it is a hedge; "or PV" names a second thing.
    expect(flagged(idea('Convert to XCP (perhaps OVF or similar) formats.'))).toEqual(['XCP', 'OVF']);
    expect(flagged(idea('Boot HVM or PV guests.'))).toEqual(['HVM', 'PV']);
    expect(flagged(idea('Use POSTMAN or similar.'))).toEqual(['POSTMAN']);
  });

  it('reads a term the page also writes in lower case, in mixed case or as a name inside a sentence as that name', () => {
    const coreboot = `${idea('Bring-up exists in QEMU.')}\n${idea('Initial work can happen on qemu targets.', 'Other')}`;
    expect(flagged(coreboot)).toEqual([]);
    expect(flagged(idea('Port the XCPNG agent; xcpng ships it.'))).toEqual([]);
    expect(flagged(idea('Configure GNOME for dom0; Xfce or Gnome (the future desktop) will do.'))).toEqual([]);
    expect(flagged(idea('Import SCXML files; tools that support SCXMl, such as Qt, exist.'))).toEqual([]);
    expect(flagged(idea('The GRID view plugin is slow; improve the grid view.'))).toEqual([]);
    // Code, addresses, identifiers and compounds are not the word; nor a term's own mixed-case spelling.
    expect(flagged(idea('Update `qemu` and https://qemu.org/ for QEMU.'))).toEqual(['QEMU']);
    expect(flagged(idea('Wrap the noaa_coops package and noaa.yml for NOAA.'))).toEqual(['NOAA']);
    // Short plain words are mostly English words ("jot", "Mac"), written whatever the term is.
    expect(flagged(idea('Read the JOT bus; jot it down, as the MAC on a Mac is.'))).toEqual(['JOT', 'MAC']);
    // A capitalised word at a sentence's start, in a heading or in the title may be any word capitalised.
    expect(flagged(idea('Post the results.\n\n### Grid\n\nFix the POST code and the GRID.'))).toEqual(['POST', 'GRID']);
    // Lower-case words with digits are initialisms too (e2e, p2p).
    expect(flagged(idea('Run the e2e tests; add E2E coverage.'))).toEqual(['E2E']);
  });

  it('reads a numeronym of a word the idea writes as that word', () => {
    expect(flagged(idea('Understanding of Kubernetes operators and the K8S API.'))).toEqual([]);
    expect(flagged(idea('Add I18N to the app: full internationalization of the UI.'))).toEqual([]);
    expect(flagged(idea('Audit A11Y issues; accessibility matters.'))).toEqual([]);
    // Without the word, or with a number under three ("edge" for E2E), it stays a term.
    expect(flagged(idea('Use the K8S API.'))).toEqual(['K8S']);
    expect(flagged(idea('Add E2E tests at the edge.'))).toEqual(['E2E']);
  });
});

describe('undefined-terms: names and explanations found past the markup and the title (session 15)', () => {
  it('reads a link’s text on its own where the markup runs it into the next word', () => {
    const nonebot = idea(
      'Bulk OCR needs work: see the [Wikimedia OCR](https://phabricator.example.org/tag/ocr/)project.',
    );
    expect(flagged(nonebot)).toEqual([]);
    expect(flagged(idea('Read [about XKQ](https://example.org)for details, then use XKQ.'))).toEqual([]);
    expect(flagged(idea('The RKV tool is old; the forum(see [RKVs](https://example.org)) explains it.'))).toEqual([]);
    // A word outside the link is not linked by it, run together or not.
    expect(flagged(idea('Use ZQF now; the [manual](https://example.org)ZQF section helps.'))).toEqual(['ZQF']);
  });

  it('reads the long form later in the use’s own paragraph as its explanation, in lower case too', () => {
    expect(flagged(idea('The HR module aims to improve human resource management in the app.'))).toEqual([]);
    expect(flagged(idea('Port the QK layer; a query kernel is what it is.'))).toEqual([]);
    // In another paragraph two lower-case words are chance.
    expect(flagged(idea('The HR module is slow.\n\nIt helps human resource staff.'))).toEqual(['HR']);
  });

  it('reads a term of the title or a heading as explained by the paragraph of its first use in the prose', () => {
    const care = idea(
      '**Labels:** question, blocked\n\n#### Project Detail\n\nThe **CARE HR Module** project aims to enhance the human resource management of CARE.',
      '#10508: HR Management Module',
    );
    expect(flagged(care)).toEqual(['CARE']);
    const heading = idea('Intro.\n\n### Bulk DW import\n\nAdd a DW layer: the data warehouse behind reports.');
    expect(flagged(heading)).toEqual([]);
    // A first prose use whose paragraph explains nothing leaves the title's term undefined.
    const vague = idea(
      'Labels: none\n\n#### Detail\n\nThe HR module is old.\n\nHuman resource staff use it.',
      'HR Module',
    );
    expect(flagged(vague)).toEqual(['HR']);
  });

  it('reads a word of a lower-case name joined by hyphens as a name the page writes not in capitals', () => {
    expect(flagged(idea('Sync data from ERDDAP with the xarray-erddap package.'))).toEqual([]);
    expect(flagged(idea('CQHTTP 接口改名为 OneBot 标准，推荐基于 go-cqhttp 的实现。'))).toEqual([]);
    expect(flagged(idea('Use the ZORBEX API; the py-zorbex-client wraps it.'))).toEqual([]);
    // Identifiers, file names and short words are not: `noaa_coops`, `erddap.yml`, `go-zq`.
    expect(flagged(idea('Read ERDDAP with noaa_erddap and erddap-server.yml.'))).toEqual(['ERDDAP']);
    expect(flagged(idea('Wrap ZQ in go-zq.'))).toEqual(['ZQ']);
  });

  it('reads a word of a hyphenated name in a code span as a repository or package the idea points at', () => {
    // aimacode's `aima-python`, `aima-java` beside "the AIMA book" (regression-15), in several spellings.
    expect(flagged(idea('Build a site for the exercises of the AIMA book.', 'Initiate `aima-exercises`'))).toEqual([]);
    expect(flagged(idea('Port the ZORK solver from `go-zork` and `zork-tools`.'))).toEqual([]);
    expect(flagged(idea('The ZORBEX client (`py-zorbex-client`) wraps the ZORBEX API.'))).toEqual([]);
    // Not an address, an identifier, a file name or an anchor, nor a part of three letters or fewer.
    expect(flagged(idea('See https://github.com/acme/zork-tools for ZORK.'))).toEqual(['ZORK']);
    expect(flagged(idea('Call `zork_tools.run()` and read `zork-conf.yml` for ZORK.'))).toEqual(['ZORK']);
    // (A name in capitals with an extension, `ZORK.yml`, is a file the idea names: see namedFiles.)
    expect(flagged(idea('Read [the notes](#zork-notes) on ZORK.'))).toEqual(['ZORK']);
    expect(flagged(idea('Wrap ZQ in `go-zq`.'))).toEqual(['ZQ']);
  });

  it('reads letters with a number at the end as a numbered product, model or release', () => {
    expect(flagged(idea('Boot on the Raptor TALOS2 board, flying a PX4 drone.'))).toEqual([]);
    expect(flagged(idea('Hash rows with BLAKE2 or BLAKE3; the GEN3 portal and SU2 solver stay.'))).toEqual([]);
    expect(flagged(idea('Port QZX12 and ZORK3 to the new API.'))).toEqual([]);
    // A number inside the term is no release (I2C, M2M, D2D), nor a numeronym (K8S); letters alone stay terms.
    expect(flagged(idea('Talk I2C and M2M over D2D links to the K8S API of the TALOS board.'))).toEqual([
      'I2C',
      'M2M',
      'D2D',
      'K8S',
      'TALOS',
    ]);
  });
});

describe('undefined-terms: long forms in hyphens, Title Case and CJK text, joined terms, common vocabulary (session 16)', () => {
  it('reads a small word capitalised or joined by a hyphen as a word of the long form, its last one too', () => {
    for (const long of ['Single-Sign-On', 'Single Sign-On', 'single sign-on', 'Single Sign On'])
      expect(flagged(idea(`Implement AWS ${long} so that services use these SSO credentials.`)), long).toEqual([]);
    // The long form after the use, in its own paragraph, and a title's term explained by the prose.
    expect(flagged(idea('Add SSO to the portal, a Single Sign-On for every service.'))).toEqual([]);
    expect(flagged(idea('The portal gets a single sign-on for every service.', 'SSO for the portal'))).toEqual([]);
    // Spelled out later in the idea, in another paragraph.
    expect(flagged(idea('SSO tokens expire.\n\nWe add a single sign-on for every service.'))).toEqual([]);
    expect(flagged(idea('Build the PIP first.\n\nIt is a plug-in pipeline for every service.'))).toEqual([]);
    // A small word in lower case between two words gives no last letter: "sample set of" is no SSO.
    expect(flagged(idea('Take a sample set of the data; the SSO checks it.'))).toEqual(['SSO']);
  });

  it('reads a Latin name inside Chinese, Japanese or Korean text as a word of its own', () => {
    const chinese = '项目描述：OpenStreetMap 或者 OSM 是一个开放的地图。本项目的目标是利用 OSM 的 go SDK。';
    expect(flagged(idea(chinese, 'OSM 函数扩展'))).toEqual([]);
    expect(flagged(idea('目标：实现 Single Sign-On（SSO 单点登录）支持。', '支持 SSO'))).toEqual([]);
    expect(flagged(idea('설명：OpenStreetMap 또는 OSM 은 개방형 지도입니다.', 'OSM 확장'))).toEqual([]);
    expect(flagged(idea('説明：OpenStreetMap（オープンストリートマップ）を使う。OSM で動く。', 'OSM の拡張'))).toEqual(
      [],
    );
    // A run of Han characters ends the phrase: the Latin words on either side of it are not one long form.
    expect(flagged(idea('项目：Open 服务器 Street Map 模块，OSM 函数。', 'OSM 函数扩展'))).toEqual(['OSM']);
  });

  it('reads two known words run together in capitals as those words', () => {
    // A name the writer puts in capitals with a known term run onto it: React and JS, Node and JS.
    expect(flagged(idea('Migrate the REACTJS front end and the NODEJS services.'))).toEqual([]);
    // Two known terms the page also writes apart.
    const soda = 'SODA CSI (Container Storage Interface) is a CSI plugin. Integrate more plugins into SODACSI.';
    expect(flagged(idea(soda), { allow: ['SODA'] })).toEqual([]);
    expect(
      flagged(idea('The SODA CSI plugin (see [CSI](https://example.org/csi)); extend SODACSI.'), { allow: ['SODA'] }),
    ).toEqual([]);
    // The organisation's own name run onto a known term: SOFAStack's SOFA (the capitals that start its CamelCase
    // name, as openZIM's end it) and RPC; the name alone is the page's word too.
    const sofa = (name: string): string =>
      `# Welcome to the ${name} community projects\n\nThe ${name} community joins the summer program.\n\n`;
    expect(flagged(sofa('SOFAStack') + idea('Add streaming to SOFARPC; SOFA modules deploy hot.'))).toEqual([]);
    expect(flagged(sofa('GNOMEShell') + idea('Ship the GNOMESDK docs.'))).toEqual([]);
    // A run of capitals before a word in lower case is no name of the page ("SOFAstack" has no second word).
    expect(flagged(sofa('SOFAstack') + idea('Add streaming to SOFARPC.'))).toEqual(['SOFARPC']);
    // Never written apart, two known terms make an initialism of their own; two short ones never make a third.
    expect(flagged(idea('Port PVSCSI to xl.'), { allow: ['PV', 'SCSI'] })).toEqual(['PVSCSI']);
    expect(flagged(idea('Measure the IOPS of the disk.'))).toEqual(['IOPS']);
  });

  it('reads the initials of a CamelCase name of the introduction as the organisation’s own', () => {
    const intro = (name: string): string => `# Ideas\n\nWe also build ${name}, which is a columnar storage engine.\n\n`;
    const ideaText = idea('As of 6.2.2 Columnstore(MCS) supports vectorization on x86_64 only.', 'Vectorized MCS');
    expect(flagged(intro('[MariaDB ColumnStore](https://example.org/cs)') + ideaText)).toEqual([]);
    expect(flagged(intro('MariaDB ColumnStore') + ideaText)).toEqual([]);
    expect(flagged(intro('the OpenStreetMap Foundation') + idea('Ask the OSMF board.'))).toEqual([]);
    // Not without the name: the initials of two Title Case words are two letters, which meet by chance.
    expect(flagged(intro('Maria Column') + ideaText)).toEqual(['MCS']);
  });

  it('knows the vocabulary of every networks, algorithms and databases course', () => {
    const text = [
      'Compress data sent over WAN links; UDP is an OSI layer 4 protocol; RustDesk uses TCP hole punching for P2P.',
      'Label placement is an NP-hard problem. The utility makes DBAs lives easier; write SPARQL queries.',
      'Clients download the "HEAD" file and derive the HEAD ref. Build a RAG pipeline over the docs.',
      'Compile it to WASM; train it with RL; send mail over SMTP, read it over IMAP, from IOT devices.',
    ].join(' ');
    expect(flagged(idea(text))).toEqual([]);
  });
});

describe('undefined-terms: a term cited by a numbered reference (session 16)', () => {
  it('reads a reference marker after the term or its noun phrase as a link, when the page holds the entry', () => {
    const references = '\n## References\n\n- [7] https://en.wikipedia.org/wiki/Transport_layer\n';
    expect(flagged(idea('UDP is a QZX layer 4 [7] protocol.') + references)).toEqual([]);
    expect(flagged(idea('Speak QZX [7] to the broker.') + references)).toEqual([]);
    expect(flagged(idea('Speak QZX[7] to the broker.') + '\n[7] QZX, the Quick Zone eXchange protocol.\n')).toEqual([]);
    // A Markdown footnote.
    expect(flagged(idea('Speak QZX[^1] to the broker.') + '\n[^1]: The Quick Zone eXchange protocol.\n')).toEqual([]);
    // Session 17: the marker in parentheses, and the references written as a numbered list of addresses.
    expect(flagged(idea('Speak QZX (ref. [7]) to the broker.') + references)).toEqual([]);
    expect(flagged(idea('Speak QZX ([7]) to the broker.') + references)).toEqual([]);
    expect(
      flagged(idea('Speak QZX [2] to the broker.') + '\n## References\n\n1. A, https://a.org\n2. B, https://b.org\n'),
    ).toEqual([]);
    // A numbered line without an address is a step, not a reference.
    expect(flagged(idea('Speak QZX [2] to the broker.\n\n1. Read.\n2. Write the code.'))).toEqual(['QZX']);
    // No entry for the marker, or punctuation between the term and the marker: no reference to the term.
    expect(flagged(idea('Speak QZX [7] to the broker.'))).toEqual(['QZX']);
    expect(flagged(idea('Speak QZX, then others [7].') + references)).toEqual(['QZX']);
  });
});

describe('undefined-terms: common vocabulary and named lists of examples (session 17)', () => {
  it('knows the logic operator, the web vulnerability, and editors and WebGL written in capitals', () => {
    // Algebraeon's "a bitwise XOR", ObsidianUI's "XSS vulnerabilities", Qtile's "like in VIM" (regression-15).
    const text = [
      'Polynomial addition becomes a bitwise XOR. Scan components for XSS vulnerabilities.',
      'Jump to a window as in VIM or EMACS; render it with WEBGL.',
    ].join(' ');
    expect(flagged(idea(text))).toEqual([]);
    // XSS left the web pack: the pack still holds its neighbours.
    expect(flagged(idea('Guard the forms against CSRF and XSS.'))).toEqual(['CSRF']);
    expect(flagged(idea('Guard the forms against CSRF and XSS.'), { packs: ['web'] })).toEqual([]);
  });

  it('reads a term as one of a list of examples beside a long name or a known term, in an idea', () => {
    expect(
      flagged(idea('Map terms across databases (e.g., Gene Ontology, Gene Expression Omnibus, KEGG pathways).')),
    ).toEqual([]);
    expect(
      flagged(idea('- **Transformer-based NLP Models**: GPT, BERT, etc., for natural language understanding.')),
    ).toEqual([]);
    expect(flagged(idea('Store rows in engines such as SQL, QZXDB and so on.'))).toEqual([]);
    // Not alone, nor beside a known term without a marker of examples.
    expect(flagged(idea('Train a BERT model.'))).toEqual(['BERT']);
    expect(flagged(idea('Use GPT and BERT.'))).toEqual(['BERT']);
  });
});

describe('undefined-terms: everyday vocabulary of security, algorithms, file formats (session 17)', () => {
  it('knows the cipher and hash, the data structures, file formats without their dot, VR and RISC-V', () => {
    const text = [
      'Encrypt the archive with AES and check its SHA sum. Order the jobs as a DAG, queue them FIFO or LIFO.',
      'Export TXT, WAV, BMP, TIFF, WEBP, DOCX and XLSX files. Port the viewer to VR headsets and to RISC-V boards.',
    ].join(' ');
    expect(flagged(idea(text))).toEqual([]);
    // Their neighbours stay terms: CISC is in the systems pack, MVC and ORM are not known.
    expect(flagged(idea('Compare RISC and CISC designs; write the MVC layer with an ORM.'))).toEqual([
      'CISC',
      'MVC',
      'ORM',
    ]);
  });
});

describe('undefined-terms: a term written as a file name, and everyday abbreviations (session 17)', () => {
  it('reads a term the idea writes as a file name with a lower-case extension as a placeholder or a named file', () => {
    // MIT App Inventor's "values-LANG for Android LANG.lproj for iOS" (regression-9).
    expect(flagged(idea('Put strings in values-LANG for Android, LANG.lproj for iOS.'))).toEqual([]);
    expect(flagged(idea('Record each QZXR change in QZXR.txt.'))).toEqual([]);
    expect(flagged(idea('Port the plots to QZP.js.'))).toEqual([]);
    // Not a path's later part, nor a sentence's end.
    expect(flagged(idea('Read conf/QZXR.txt for QZXR.'))).toEqual(['QZXR']);
    expect(flagged(idea('Upgrade QZXR. then test.'))).toEqual(['QZXR']);
  });

  it('knows the teaching assistant, instant messaging and QQ', () => {
    expect(flagged(idea('Improve the TA grading interface; let IM bots post to QQ groups.'))).toEqual([]);
  });
});
