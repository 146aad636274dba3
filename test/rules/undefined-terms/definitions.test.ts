import { describe, expect, it } from 'vitest';
import { findDefinitions, isSpaceCode } from '../../../rules/undefined-terms/definitions.js';
import type { TextBlock } from '../../../src/lint/text-blocks.js';

const limits = { minLength: 2, maxLength: 8 };

/** A plain block; `links` marks link text. */
function block(text: string, links: [number, number][] = []): TextBlock {
  return { kind: 'text', text, runs: [], links, skip: [], quiet: [] };
}

const defines = (text: string, links: [number, number][] = []) => [...findDefinitions(block(text, links), limits)];

describe('findDefinitions', () => {
  it('reads Long Form (ABBR) when the initials match, also with more in the parenthesis', () => {
    expect(defines('Improve Advanced Error Reporting (AER) handling.')).toContain('AER');
    expect(defines('in the Last Level Cache (LLC, also known as L3, which…')).toContain('LLC');
    expect(defines('the Xen Cloud Platform (XCP for short)')).toContain('XCP');
    expect(defines('Software Bills of Materials (SBOMs) are')).toContain('SBOM');
    expect(defines('using the tool (ABC) here')).not.toContain('ABC');
  });

  it('reads a noun phrase before (ABBR) that spells most of its letters as initials, for three letters or more', () => {
    expect(defines('Even using a few similar processor cores (SMP) allows')).toContain('SMP');
    expect(defines('with the help of many people (XYZ) here')).not.toContain('XYZ');
    expect(defines('on the big server (XYZ) of')).not.toContain('XYZ');
  });

  it('reads an item of a list with a plain name given as examples or before a plural kind noun', () => {
    expect(defines('can look to any of them (ex. GIMP, Photoshop, Krita) for an idea')).toContain('GIMP');
    expect(defines('Areas: GTKX, Cocoa, Win32 APIs')).toContain('GTKX');
    // The last item too, written with the kind noun: MoMA Lab's "Convolution, Pooling, LSTM and GRU layers"
    // (regression-9) names GRU a layer as it names LSTM one.
    const layers = defines('Such primitives include Convolution, Pooling, LSTM and GRU layers.');
    expect(layers).toContain('LSTM');
    expect(layers).toContain('GRU');
    expect(defines('Such primitives include LSTM and GRU layers.')).not.toContain('GRU');
    expect(defines('partners (e.g., IPFS, Indie Web, and other decentralized technologies)')).toContain('IPFS');
    // A bare skills list, or a list of acronyms only, says nothing of what each item is.
    expect(defines('Java, EMF, GMF')).not.toContain('EMF');
    expect(defines('models (ASR, LLM, TTS, embedding) compete')).not.toContain('ASR');
    expect(defines('for example SPDK, DPDK and NVMF')).not.toContain('SPDK');
  });

  it('reads an item of a list of examples beside a name of up to four words in Title Case', () => {
    // Longevity Genie's "(e.g., Gene Ontology, Gene Expression Omnibus, KEGG pathways)" (regression-15).
    const databases =
      'map terms across databases (e.g., Gene Ontology, Gene Expression Omnibus, KEGG pathways), reducing';
    expect(defines(databases)).toContain('KEGG');
    expect(defines('sources such as Protein Data Bank Japan, QZXB and UniProt.')).toContain('QZXB');
    expect(defines('for example Open Street Map, ZQX, etc.')).toContain('ZQX');
    // Without a marker of examples, a name of many words beside a term is no list of examples.
    expect(defines('Gene Expression Omnibus, KEGG pathways')).not.toContain('KEGG');
    expect(defines('Skills: Gene Ontology Tools, QZXB')).not.toContain('QZXB');
  });

  it('reads a list closed by "etc." or "and so on" as examples, where a term the reader knows tells the kind', () => {
    // WSO2's "Transformer-based NLP Models: GPT, BERT, etc., for natural language understanding" (regression-9).
    expect(defines('Transformer-based NLP Models: GPT, BERT, etc., for natural language understanding.')).toContain(
      'BERT',
    );
    expect(defines('query languages (SQL, QZXL and so on)')).toContain('QZXL');
    expect(defines('数据库：MySQL、QZXDB 等')).toContain('QZXDB');
    expect(defines('Models: Llama, QZXM, etc.')).toContain('QZXM');
    // No marker of examples: a known term beside it says nothing ("Skills: GPT, BERT"); nor does "etc." with
    // acronyms the reader does not know.
    expect(defines('Skills: GPT, BERT')).not.toContain('BERT');
    expect(defines('models (ASR, QZM, TTS, etc.) compete')).not.toContain('ASR');
    // A dictionary acronym is no evidence: its everyday sense may not be the list's (`PVC`, a volume claim here).
    expect(defines('cluster components (e.g., PVC, QZVMI, network interfaces)')).not.toContain('QZVMI');
  });

  it('reads an item of a list in parentheses after a plural noun of things, with a plain name among the items', () => {
    // PyBaMM 2025 and TARDIS 2023 (regression-7), Qubes OS (regression-6).
    expect(defines('knowledge of scientific computing libraries (NumPy, SciPy, SUNDIALS)')).toContain('SUNDIALS');
    const sources = defines('combining atom data from various sources(CMFGEN, Chianti, NIST, to name a few).');
    expect(sources).toContain('CMFGEN');
    expect(sources).toContain('NIST');
    expect(defines('other desktop environments (KDE, Xfce4, i3, awesome).')).toContain('KDE');
    // A dotted name is a plain name, never an acronym: "supported file types (PE, ELF, and .NET)" (Mandiant FLARE,
    // regression-9); "frameworks (Node.js, NPM)".
    expect(defines('features from supported file types (PE, ELF, and .NET) and')).toContain('ELF');
    expect(defines('other runtimes (Node.js, JSC)')).toContain('JSC');
    // The same list after a label ending in the plural noun: "Image Processing Libraries: OpenCV, PIL" (The Red Wood
    // Lab, regression-9) lists libraries as "libraries (OpenCV, PIL)" does; a label of knowledge says nothing.
    expect(defines('Image Processing Libraries: OpenCV, PIL; along with PyTorch')).toContain('PIL');
    expect(defines('Skills: Java, EMF, GMF')).not.toContain('EMF');
    expect(defines('Knowledge Prerequisites: Java, GWT, Javascript.')).not.toContain('GWT');
    expect(defines('Image Processing: OpenCV, PIL')).not.toContain('PIL');
    // Nouns of knowledge or method, acronyms alone, a singular noun, or prose before the parenthesis say nothing.
    expect(defines('Required skills (Python, NLP, Docker)')).not.toContain('NLP');
    expect(defines('electrochemical models (SPM, DFN, Newman)')).not.toContain('SPM');
    expect(defines('several libraries (BLAS, LAPACK)')).not.toContain('BLAS');
    // Parts made for something are named after what they serve (CNCF LFX 2026 term 2, corpus).
    expect(defines('additional plugins (NUMA, Device Sharing, Reservation, Coscheduling)')).not.toContain('NUMA');
    expect(defines('core policies (RateLimitPolicy, AuthPolicy, Plan, and OIDC) still')).not.toContain('OIDC');
    expect(defines('the library (NumPy, SUNDIALS)')).not.toContain('SUNDIALS');
    expect(defines('We use it (Python, TTS) here')).not.toContain('TTS');
  });

  it('reads every name of a list before the kind noun the items share', () => {
    // English coordination shares the head noun among the items: "the PE, ELF, and/or Mach-O file formats" is the PE,
    // the ELF and the Mach-O file formats (Mandiant FLARE, regression-9), as "BLAS libraries" names one.
    const formats = defines('dig into the PE, ELF, and/or Mach-O file formats, finding ways');
    expect(formats).toContain('PE');
    expect(formats).toContain('ELF');
    expect(defines('the BLAS and LAPACK libraries')).toContain('BLAS');
    // The items are names: "UI and other libraries", or a list before a noun that is no kind, say nothing.
    expect(defines('the UI and other libraries')).not.toContain('UI');
    expect(defines('the PE, ELF and Mach-O parsers')).not.toContain('PE');
  });

  it('reads a standard named by its designation before the kind noun', () => {
    // A standard's designation is its publisher's initials and a number: "the IEC 61131-3 Standard" (MoMA Lab,
    // regression-9), "ISO 8601 format", "IEEE 754 standard".
    expect(defines('a language defined in the IEC 61131-3 Standard with')).toContain('IEC');
    expect(defines('dates in ISO 8601 format')).toContain('ISO');
    expect(defines('the IEC 61131-3 runtime')).not.toContain('IEC');
  });

  it('reads a name in Title Case translated from another language, its initials in another order', () => {
    // A translated name keeps the acronym of its own language: GNSS-SDR's "Telecommunications Technological Center
    // of Catalonia (CTTC)" (regression-9), "International Organization for Standardization (ISO)".
    expect(defines('installed at the Telecommunications Technological Center of Catalonia (CTTC) on')).toContain(
      'CTTC',
    );
    expect(defines('by the International Organization for Standardization (ISO).')).toContain('ISO');
    // Other letters, or words not in Title Case, are no name of it.
    expect(defines('at the Technological Center of Catalonia (CTTC) on')).not.toContain('CTTC');
    expect(defines('the telecommunications technological center of Catalonia (CTTC)')).not.toContain('CTTC');
  });

  it('reads a web address later in the sentence that has the term as a word of its host or path', () => {
    // TARDIS 2023 (regression-7).
    const tulips =
      'inspired by the TULIPS visualisation tools (see https://astro-tulips.readthedocs.io/en/latest/chemical_profile_diagram.html).';
    expect(defines(tulips)).toContain('TULIPS');
    expect(defines('the XCP stack, see www.example.org/xcp/docs for it')).toContain('XCP');
    // Another address, a word that only contains the term, or an address in the next sentence.
    expect(defines('the XCP stack (see https://example.org/docs)')).not.toContain('XCP');
    expect(defines('the XCP stack (see https://example.org/xcpng)')).not.toContain('XCP');
    expect(defines('the XCP stack. See https://example.org/xcp')).not.toContain('XCP');
  });

  // findDefinitions screens each word by the characters its patterns need next: white space of any kind, a comma
  // and an opening parenthesis before the words must still let each pattern through.
  it('reads each form past white space of any kind after the term', () => {
    expect(defines('KDD\u00a0\n (Windows Debugger Stub) enhancements')).toContain('KDD');
    expect(defines('DRBD,\t ( which stands for Distributed Replicated Block Device)')).toContain('DRBD');
    expect(defines('XCP\u2003 – Xen Cloud Platform')).toContain('XCP');
    expect(defines('Use (  PVSCSI ) here')).not.toContain('PVSCSI');
    expect(defines('Advanced Error Reporting ( AER) here')).toContain('AER');
    expect(defines('Max \t/ MSP patches')).toContain('MSP');
  });

  it("reads a vendor's product, what a quantity measures, a format and a language", () => {
    expect(defines('benchmarking the performance with Intel TBB.')).toContain('TBB');
    expect(defines('Using NVIDIA CUDA for execution')).toContain('CUDA');
    expect(defines('Whisper (ASR, 2GB VRAM)')).toContain('VRAM');
    expect(defines('existing geometries (for example in CAD format).')).toContain('CAD');
    expect(defines('with the TBB scheduler')).not.toContain('TBB');
    // Code written in a term names it a language (Cesium, regression-8: "the GPU code written in GLSL").
    expect(defines('tune the GPU code written in GLSL or the CPU code')).toContain('GLSL');
    expect(defines('tune the GPU code in GLSL or the CPU code')).not.toContain('GLSL');
    expect(defines('2 hours of VRAM work')).not.toContain('VRAM');
  });

  it('reads ABBR (an explanation of two or more words), in any case', () => {
    expect(defines('KDD (Windows Debugger Stub) enhancements')).toContain('KDD');
    expect(defines('Currently xl (the toolstack supplied alongside Xen) and')).toContain('XL');
    expect(defines('MCP (Model Context Protocol) server')).toContain('MCP');
  });

  it('does not read a remark, a list of acronyms or a single word as an explanation', () => {
    expect(defines('HVM (and PV) guests')).not.toContain('HVM');
    expect(defines('supported by XCP (perhaps OVF or similar)')).not.toContain('XCP');
    expect(defines('DRBD (see https://example.org) is')).not.toContain('DRBD');
    expect(defines('AI (e.g. LLMs) is')).not.toContain('AI');
    expect(defines('CR (Group A -> D2) = D0')).not.toContain('CR');
    expect(defines('PCIe (x16) cards')).not.toContain('PCIE');
  });

  it('reads the phrase forms', () => {
    expect(defines('DRBD stands for Distributed Replicated Block Device.')).toContain('DRBD');
    expect(defines('XCP, short for Xen Cloud Platform, is')).toContain('XCP');
    expect(defines('XAPI, also known as the Xen API, does')).toContain('XAPI');
    expect(defines('HVM, which means hardware virtual machine, is')).toContain('HVM');
    expect(defines('HVM (i.e. fully virtualised) guests')).toContain('HVM');
  });

  it('reads ABBR: Long Form with matching initials, and definition-list entries', () => {
    expect(defines('We use VBD: virtual block device.')).toContain('VBD');
    expect(defines('We use VBD: a great idea.')).not.toContain('VBD');
    expect(defines('OVF: the format virtual appliances ship in')).toContain('OVF');
    expect(defines('OVF | open virtualization format')).toContain('OVF');
    expect(defines('CUE — or willingness to learn it')).not.toContain('CUE');
  });

  it('reads other names given with "also known as", "aka" and "(or …)"', () => {
    expect(defines('Intel QuickData, also known as Direct Cache Access (or IOA/T), is')).toEqual(
      expect.arrayContaining(['IOA']),
    );
    expect(defines('whether DCA (aka QuickData aka IOAT) works')).toEqual(expect.arrayContaining(['DCA', 'IOAT']));
    expect(defines('HVM (or PV) guests')).not.toContain('PV');
    expect(defines('a native Hyper-V (or a HCS) driver')).not.toContain('HCS');
  });

  it('reads "TERM (or another KIND)" as naming what kind the term is', () => {
    // Haystack (regression-8); the form as Wagtail (regression-6), Xline (regression-8) and Terasology (regression-5)
    // write it after names: "Slack (or any other messaging application)", "GSoC (or a similar program)", "PlaTec
    // (or some comparable source)".
    expect(defines('Python, SQL, SPARQL (or other graph query language)')).toContain('SPARQL');
    expect(defines('use XMPP (or any other messaging protocol)')).toContain('XMPP');
    expect(defines('apply to GSOC (or a similar program)')).toContain('GSOC');
    expect(defines('from PTC (or some comparable source)')).toContain('PTC');
    expect(defines('HVM (or PV) guests')).not.toContain('HVM');
    expect(defines('HVM (or other) guests')).not.toContain('HVM');
  });

  it('reads a short name in lower case in parentheses after a name in Title Case that starts with its letter', () => {
    // MetaCall (regression-8): the title names TSX, which its body then writes in capitals.
    const title = 'Rust Actix + TypeScript React Server Side Rendering (tsx) Framework';
    expect(defines(title)).toContain('TSX');
    expect(defines('a Jupyter Notebook (jn) viewer')).toContain('JN');
    // Not after one word, nor after a name of another letter, nor after words in lower case, nor in capitals.
    expect(defines('a Notebook (nz) viewer')).not.toContain('NZ');
    expect(defines('Rust Actix + React Server Side Rendering (tsx)')).not.toContain('TSX');
    expect(defines('typescript react rendering (tsx)')).not.toContain('TSX');
    expect(defines('the Xen Project (XCP)')).not.toContain('XCP');
  });

  it('reads a term in link text, or followed at once by a link', () => {
    const text = 'Port PVSCSI to XCP (overview) now.';
    expect(defines(text, [[5, 11]])).toContain('PVSCSI');
    expect(defines(text, [[20, 28]])).toContain('XCP');
    expect(defines(text)).toEqual([]);
  });

  it('reads a term in parentheses right after a link as what the link is about', () => {
    const text = 'Related Links -> 1 2 (MUI)';
    expect(defines(text, [[19, 20]])).toContain('MUI');
    expect(defines(text, [[17, 18]])).not.toContain('MUI');
    expect(defines('Related Links -> 1 2 (MUI tools)', [[19, 20]])).not.toContain('MUI');
  });

  it('reads a term joined by slashes to a plain name, not to terms only or to a longer name', () => {
    expect(defines('Android / OUYA compatibility')).toContain('OUYA');
    expect(defines('(a subset of Max/MSP), Pyo')).toContain('MSP');
    expect(defines('DjVu/CHM/Jbig2 support')).toContain('CHM');
    expect(defines('familiarity with OPA/Rego a plus')).toContain('OPA');
    expect(defines('a CPU/RAM/PCI software viewer')).not.toContain('PCI');
    expect(defines('Prompt Engineering / RAG / LLM Fine tuning')).not.toContain('RAG');
    expect(defines('Add KVM/Xen Project support')).not.toContain('KVM');
  });
});

describe('isSpaceCode', () => {
  it('agrees with /\\s/ on every code point below 0x10000', () => {
    const disagree: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });
});

describe('findDefinitions with the keys asked about', () => {
  // findUndefinedTerms asks only about the keys its uses may ask (askedKeys): with them, the answer for those keys must
  // be the same as reading every word, whichever words the shortcuts pass over.
  const texts = [
    'Improve Advanced Error Reporting (AER) handling, and xl (the toolstack supplied alongside Xen).',
    'dig into the PE, ELF, and/or Mach-O file formats; DRBD stands for Distributed Replicated Block Device.',
    'Such primitives include Convolution, Pooling, LSTM and GRU layers, as [PVSCSI](https://x.org) does.',
    'Direct Cache Access (or IOA/T), DCA (aka QuickData aka I/O AT); SMT solvers like Z3 and CVC5 for superoptimization.',
    'As the Xen Cloud Platform (XCP for short) and Vdis, ARM64 or a2a boards; Telecommunications Technological Center of Catalonia (CTTC).',
  ];
  const keySets = [
    ['AER', 'XL'],
    ['PE', 'ELF', 'DRBD'],
    ['GRU', 'LSTM', 'PVSCSI'],
    ['IOA', 'AT', 'CVC5', 'Z3', 'DCA'],
    ['XCP', 'AS', 'VDI', 'ARM', 'A2A', 'CTTC'],
    ['NONE', 'QQQ'],
  ];

  it.each(texts)('answers the same for the keys asked about: %s', (text) => {
    for (const keys of keySets) {
      const only = new Set(keys);
      const all = findDefinitions(block(text), limits);
      const asked = findDefinitions(block(text), limits, only);
      expect(keys.filter((key) => asked.has(key))).toEqual(keys.filter((key) => all.has(key)));
    }
  });

  it('reads nothing of a block holding none of the keys asked about', () => {
    expect([...findDefinitions(block('Advanced Error Reporting (AER) here.'), limits, new Set(['XYZ']))]).toEqual([]);
    expect(findDefinitions(block('Advanced Error Reporting (AER) here.'), limits, new Set(['AER'])).has('AER')).toBe(
      true,
    );
  });
  // Session 12: named tools, datasets and products (the readers of regression-9 and -10 label them "named as such").
  it('reads a kind noun after a name with one or two describing words between them', () => {
    // JdeRobot (regression-10): "It is based on AFRAME 3D VR framework in the web".
    expect(defines('It is based on AFRAME 3D VR framework in the web')).toContain('AFRAME');
    // Other spellings and kinds: one word between, a dataset, a middleware, a compiler.
    expect(defines('trained on the KITTI vision dataset')).toContain('KITTI');
    expect(defines('messages of the DDS robotic middleware')).toContain('DDS');
    expect(defines('the SDCC C compiler')).toContain('SDCC');
    // A small word, a verb form or an adverb between is no description of the kind; nor is a stack (`the XCP
    // stack`, `the TCP stack`: made for it, as a plugin or an API is).
    expect(defines('UQ has developed an existing tool')).not.toContain('UQ');
    expect(defines('LWJGL out of the engine')).not.toContain('LWJGL');
    expect(defines('the XCP stack')).not.toContain('XCP');
    expect(defines('the HPC based compiler')).not.toContain('HPC');
  });

  it('reads a name of two words, a plain name and a term, in a list of examples of a kind', () => {
    // JdeRobot (regression-10): "several known international datasets like Pascal VOC, COCO, Imagenet, etc".
    const datasets = defines('several known international datasets like Pascal VOC, COCO, Imagenet, etc and allows');
    expect(datasets).toContain('VOC');
    expect(datasets).toContain('COCO');
    expect(defines('disassemblers such as IDA Pro, Ghidra or radare2')).toContain('IDA');
    // Two terms are no plain name: rFaaS's "protocols such as TCP or AWS EFA" (regression-8) names EFA undefined.
    expect(defines('protocols such as TCP or AWS EFA.')).not.toContain('EFA');
  });

  it('reads a list in parentheses after a plural kind noun in Title Case, as a label writes it', () => {
    // AI Planet (regression-10): "Evaluation Frameworks (Langchain Evaluation, RAGAS, DeepEval)".
    expect(defines('Python, Evaluation Frameworks (Langchain Evaluation, RAGAS, DeepEval), CI/CD')).toContain('RAGAS');
    expect(defines('Plotting Libraries (Matplotlib, GGPLOT, Bokeh)')).toContain('GGPLOT');
    // Nouns of knowledge or of parts made for something still say nothing: "Skills (Python, NLP)".
    expect(defines('Required Skills (Python, NLP, Git)')).not.toContain('NLP');
    expect(defines('Plugins (NUMA, Device Sharing)')).not.toContain('NUMA');
  });

  it('reads a release number after a name as a product that ships versions', () => {
    // MoveIt (regression-10): "Preferred skills: MoveIt 2, ROS 2, Motion Planning, C++".
    expect(defines('Preferred skills: MoveIt 2, ROS 2, Motion Planning, C++')).toContain('ROS');
    expect(defines('port the nodes to ROS 2 and test them')).toContain('ROS');
    expect(defines('written for GTKX 3.24.')).toContain('GTKX');
    // A count is no release: "HPC 2 weeks", "GPU 4 cores"; nor a number glued to a letter or a unit.
    expect(defines('we give HPC 2 weeks')).not.toContain('HPC');
    expect(defines('the OCIO v2 API')).not.toContain('OCIO');
  });

  it('reads a release in parentheses after a name as the version a product ships', () => {
    // The s16 review's `EMF (2.x or later)` (a Yakindu-like skills line): named, as "ROS 2" is.
    expect(defines('Skills: EMF (2.x or later), GMF.')).toContain('EMF');
    expect(defines('Use GTKX (3.24+) or newer.')).toContain('GTKX');
    expect(defines('Needs QZX (>= 1.2) on the host.')).toContain('QZX');
    expect(defines('Skills: QZX (version 8 or later).')).toContain('QZX');
    expect(defines('Skills: QZX（v2 or newer）')).toContain('QZX');
    // A remark is no version; nor a count of things.
    expect(defines('Skills: QZX (optional), GMF.')).not.toContain('QZX');
    expect(defines('Skills: QZX (version TBD).')).not.toContain('QZX');
    expect(defines('Use QZX (2 weeks) here.')).not.toContain('QZX');
  });

  it('reads a former name in parentheses as what the term is, and looks past closing emphasis tags', () => {
    // Developers Italia (regression-5), an HTML table: "The <b>PDND</b> (formerly Data and Analytics Framework)".
    expect(defines('The <b>PDND</b> (formerly Data and Analytics Framework) is under active development')).toContain(
      'PDND',
    );
    expect(defines('The QXT (previously known as the Qt Extension Toolkit) ships')).toContain('QXT');
    expect(defines('The <strong>ZQA</strong> (originally called Zebra Quality Assurance)')).toContain('ZQA');
    // One word is no former name, and a remark is still a remark.
    expect(defines('The PDND (formerly DAF) is')).not.toContain('PDND');
    expect(defines('The <b>PDND</b> (see below) is')).not.toContain('PDND');
  });
  it('reads an appositive after the name and its noun', () => {
    // MoMA Lab (regression-9): "improve the internals of the CGT tool, a tool part of E3".
    expect(defines('improve the internals of the CGT tool, a tool part of E3 that')).toContain('CGT');
    expect(defines('the ZQA checker, an open-source linter')).toContain('ZQA');
    expect(defines('the ZQA checker, which we wrote')).not.toContain('ZQA');
  });
});
