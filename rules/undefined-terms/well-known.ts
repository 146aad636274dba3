// Rule undefined-terms, its machinery: the terms every applicant knows, the opt-in packs, and the capitalised words
// that are not terms at all. Data only; rules/undefined-terms.md documents every list.

/**
 * Acronyms a newcomer to any open-source program already knows (research/GUIDELINES.md §5.4: the union of the
 * Google and Microsoft Vale exceptions, a curated core, the programs' own names, and everyday abbreviations).
 */
// prettier-ignore
export const WELL_KNOWN: readonly string[] = [
  // Computing basics.
  'API', 'ASCII', 'CPU', 'GPU', 'RAM', 'ROM', 'SSD', 'HDD', 'USB', 'PC', 'OS', 'VM', 'BIOS', 'IO', 'ID', 'UUID',
  'IT', 'CS', 'LAN', 'VPN', 'DB', 'FS', 'VGA', 'HDMI',
  // The web and data formats.
  'URL', 'URI', 'HTTP', 'HTTPS', 'HTML', 'CSS', 'DOM', 'JSON', 'XML', 'YAML', 'TOML', 'CSV', 'PDF', 'SVG', 'PNG',
  'JPEG', 'JPG', 'GIF', 'MP3', 'MP4', 'ZIP', 'RSS', 'UTF', 'REST', 'RPC', 'CRUD', 'SQL', 'AJAX', 'JSX', 'WWW',
  // Networking and security everyone meets.
  'TCP', 'UDP', 'IP', 'DNS', 'SSH', 'SSL', 'TLS', 'RSA', 'FTP',
  // Tools and ways of working.
  'IDE', 'CLI', 'GUI', 'UI', 'UX', 'SDK', 'JDK', 'JVM', 'GCC', 'GHC', 'GDB', 'LLVM', 'NPM', 'PHP', 'JS', 'CI', 'CD',
  'PR', 'QA', 'RFC', 'VCS', 'README', 'FAQ', 'OSS', 'FOSS', 'GNU', 'GPL', 'BSD', 'MIT', 'AI', 'ML', 'LLM', 'GPT',
  // The rest of the Google style guide's exceptions (research/GUIDELINES.md §5.1) that are terms, not English words.
  'ASP', 'GTK', 'LLDB', 'NVDA', 'REPL', 'SCM', 'SCSS',
  // Taught in every computing curriculum: modelling and caching (each used undefined by two lists or more).
  'UML', 'LRU',
  // Met by every applicant: the chat of open-source communities, the video format family beside JPEG, and two terms
  // of every compilers and databases course.
  'IRC', 'MPEG', 'JIT', 'DBMS',
  // Taught in every operating-systems course: the Unix standard (used without explanation by three lists of two
  // tunable sets, regression-2 and regression-6, and read as common by each list's reader).
  'POSIX',
  // Natural-language processing, the field of every language-model project: used without explanation by three lists
  // of three tunable sets (WSO2 in regression, OpenGovAfrica in regression-7, Haystack in regression-8), read as
  // common by the one reader who judged it (Haystack's) and as undefined by none. Moved here from the ml pack.
  'NLP',
  // AI in Spanish, French, Portuguese and Italian (inteligencia / intelligence / inteligência / intelligenza artificiale).
  'IA',
  // Program names (GSoC is mixed case and never read as a term).
  'LFX', 'CNCF', 'GSOC',
  // Companies and bodies everyone has heard of.
  'IBM', 'AMD', 'ARM', 'AWS', 'NVIDIA', 'NASA', 'IEEE', 'ACM', 'W3C',
  // Everyday abbreviations, countries and time zones.
  'OK', 'AM', 'PM', 'US', 'USA', 'UK', 'EU', 'UN', 'TV', 'GPS', 'VAT', 'NB', 'PS', 'FYI', 'ASAP', 'DIY', 'AKA', 'CEO',
  'CTO', 'UTC', 'GMT', 'PST', 'PDT', 'EST', 'EDT', 'CET', 'CEST', 'BST', 'IST', 'JST',
  // Printed on every ticket and menu: the QR code.
  'QR',
  // Everyday life of students and chat users: the teaching assistant, instant messaging, and China's everyday
  // messaging service (read as common in every idea that used them: TA three times in regression-10, IM and QQ
  // twice in regression-13; never as undefined).
  'TA', 'IM', 'QQ',
  // Met in every graphics, imaging and GPU project, read as common by the readers of every list that used them
  // unexplained: the colour model (camicroscope in regression-10, Colour and p5.js in regression-11), NVIDIA's GPU
  // platform (five lists of regression-2, -5, -7, -9 and -11), the programmable chip (three lists of regression-8, -9
  // and -10; moved here from the systems pack) and the programming paradigm (AI Planet in regression-10, MariaDB in
  // regression-11); none read as undefined.
  'RGB', 'RGBA', 'CUDA', 'FPGA', 'OOP',
  // The networking and computer-science vocabulary of every networks and algorithms course, beside LAN, TCP and IP
  // above: the wide-area network, the layered network model, peer-to-peer networking, the complexity class of
  // "NP-hard", the administrator of every DBMS, and the W3C's query language of the web of data (SQL's sibling).
  // Each read as common by the readers of every list that used them unexplained (WAN and OSI ServiceTalk, regression-14;
  // P2P RustDesk and DBA MariaDB, regression-11; NP Cesium, regression-8; SPARQL Wikimedia, regression-13, and
  // regression-8), none read as undefined.
  'WAN', 'OSI', 'P2P', 'NP', 'DBA', 'SPARQL',
  // Retrieval-augmented generation, the method of every language-model project since 2023: read as common by the
  // readers of four lists of four sets (regression-7, -8, -9 and -10), as undefined by one (regression-10), and not
  // flagged there (explained in place). Moved here from the ml pack, as NLP was.
  'RAG',
  // WebAssembly, the compile target of every browser, and reinforcement learning, the field beside ML and NLP: each
  // read as common, named or explained by the readers of three lists of three sets (WASM regression-5, -11 and -14;
  // RL regression-2, -9 and -10), never as undefined. Moved here from the web and ml packs.
  'WASM', 'RL',
  // The mail protocols beside FTP and SSH, and the internet of things (written IOT in capitals): the everyday
  // vocabulary of the internet, read as common where used unexplained (SMTP and IMAP regression-7, IOT regression-12).
  'SMTP', 'IMAP', 'IOT',
  // Logic: the bitwise operator of every programming language, beside AND, OR and NOT (written in capitals, NOT_TERMS):
  // read as common where used unexplained ("polynomial addition becomes a bitwise XOR", Algebraeon, regression-15).
  'XOR',
  // Security: the web's best-known vulnerability, first of the OWASP Top 10 for two decades and taught with SQL
  // injection in every web course: read as common where used unexplained ("security issues such as XSS
  // vulnerabilities", ObsidianUI, regression-15). Moved here from the web pack, as RAG and WASM were.
  'XSS',
  // Security: the cipher and the hash family every programmer meets (HTTPS, disk encryption, git's commit ids).
  'AES', 'SHA',
  // Data structures of every algorithms course: the directed acyclic graph (build systems, workflows, git history)
  // and the two queue disciplines. DAG was read as common where used unexplained (regression-9).
  'DAG', 'FIFO', 'LIFO',
  // File formats every computer user sees as file extensions, beside PDF, PNG and CSV: text, audio, images and
  // office documents (an idea writing `.wav` names the format already; these are written without the dot).
  'TXT', 'WAV', 'BMP', 'TIFF', 'WEBP', 'DOCX', 'XLSX',
  // Everyday technology: virtual reality (read as common in regression-10), and the processor architecture family
  // beside ARM (`RISC-V`, read as a named architecture in regression-8 and regression-13, never as undefined; it was
  // in the systems pack, with CISC, which stays there).
  'VR', 'RISC',
];

/**
 * Opt-in packs of domain terms (option `packs`), for lists whose applicants come from that domain. Capitals only:
 * mixed-case names such as `K8s`, `OAuth` or `SoC` are never read as acronyms.
 */
// prettier-ignore
export const PACKS: Readonly<Record<string, readonly string[]>> = {
  systems: [
    'PCI', 'PCIe', 'DMA', 'MMU', 'IOMMU', 'IRQ', 'ACPI', 'UEFI', 'KVM', 'QEMU', 'NUMA', 'SMP', 'SIMD', 'TLB',
    'ISA', 'ABI', 'ELF', 'IPC', 'SCSI', 'SATA', 'NVMe', 'NIC', 'DIMM', 'DRAM', 'RTOS', 'LVM',
    'HVM', 'PV', 'VT', 'SR-IOV', 'CISC', 'LLC', 'FPU', 'MSI', 'GPIO', 'I2C', 'SPI', 'UART', 'JTAG',
  ],
  web: ['CORS', 'CSRF', 'JWT', 'SSO', 'CDN', 'SPA', 'SSR', 'PWA', 'CMS', 'SEO', 'OIDC'],
  cloud: [
    'CRD', 'CNI', 'CSI', 'OCI', 'RBAC', 'SRE', 'SLO', 'SLI', 'GCP', 'VPC', 'TTL', 'SIG', 'TAG',
    'CVE', 'SBOM', 'E2E', 'HA',
  ],
  ml: ['CNN', 'RNN', 'GAN', 'SLM', 'MLP', 'GNN', 'CV', 'OCR', 'ASR', 'TTS', 'MCP'],
};

/** The pack names, for the option's schema. */
export const PACK_NAMES = Object.keys(PACKS) as [string, ...string[]];

/**
 * Capitalised words that are not terms: placeholders (other rules flag them), English words written in
 * capitals for emphasis or as a prefix (`## IDEA: …`, `NOTE:`, `… OR …`), and units of measure.
 */
// prettier-ignore
export const NOT_TERMS: readonly string[] = [
  // Placeholders.
  'TBD', 'TBA', 'TODO', 'FIXME', 'XXX', 'WIP', 'NA',
  // Letter runs that stand for example contents or names (`paste "XYZ"`, `[ABC)b|e(DEF]`, `from A to Z`).
  'ABC', 'ABCD', 'DEF', 'XYZ',
  // English words written in capitals.
  'A', 'AN', 'THE', 'AND', 'OR', 'NOT', 'NO', 'YES', 'IS', 'ARE', 'BE', 'TO', 'OF', 'IN', 'ON', 'AT', 'BY', 'FOR',
  'FROM', 'WITH', 'IF', 'SO', 'DO', 'GO', 'WE', 'YOU', 'ALL', 'ANY', 'ONLY', 'MUST', 'SHOULD', 'MAY', 'CAN', 'HEAD',
  'WILL', 'NEW', 'FREE', 'NOTE', 'NOTES', 'IDEA', 'IDEAS', 'WARNING', 'IMPORTANT', 'REQUIRED', 'OPTIONAL', 'DONE',
  'HELP', 'WANTED', 'STOP', 'UPDATE', 'UPDATED', 'CLOSED', 'OPEN', 'FLOW', 'INFO', 'DEPRECATED', 'BETA', 'ALPHA',
  'EXCLUSIVE', 'ONE', 'TWO', 'GOAL', 'GOALS', 'HOW', 'WHAT', 'WHY', 'WHEN', 'NOW', 'OUT', 'UP', 'OFF', 'OVER', 'VS',
  // Template text in capitals: the words of an ideas template's fields and the instructions that fill them
  // (`(SUMMARY HERE)`, `(LOW/MEDIUM/HIGH)`, `(MENTOR NAMES HERE)`, `DESCRIBE - LINK`).
  'HERE', 'THERE', 'THIS', 'THAT', 'YOUR', 'OUR', 'INSERT', 'ADD', 'FILL', 'DESCRIBE', 'LINK', 'LINKS', 'TITLE',
  'NAME', 'NAMES', 'SUMMARY', 'DESCRIPTION', 'DETAILS', 'TEXT', 'PROJECT', 'MENTOR', 'MENTORS', 'CONTACT', 'EMAIL',
  'SKILLS', 'SIZE', 'LOW', 'MEDIUM', 'HIGH', 'EASY', 'HARD', 'SMALL', 'LARGE', 'HOURS', 'DATE', 'YEAR',
  // Names of languages and tools sometimes written in capitals (`through FLASK`).
  'FLASK', 'DJANGO', 'REACT', 'PYTHON', 'JAVA', 'RUST', 'RUBY', 'PERL', 'JULIA', 'SCALA', 'KOTLIN', 'SWIFT', 'LINUX',
  'UNIX', 'DOCKER', 'GIT', 'GITHUB', 'GITLAB', 'NODE', 'SPARK', 'KAFKA', 'REDIS', 'NGINX', 'APACHE', 'JQUERY',
  // Editors and the browser's graphics library, names written in capitals (`like in VIM jumping to …`, Qtile,
  // regression-15; `WEBGL` for WebGL, p5.js in regression-9 and regression-11, each read as named or common).
  'VIM', 'EMACS', 'WEBGL',
  // Units of measure (`15 MB`, `2 GHz` is mixed case and never read as a term).
  'KB', 'MB', 'GB', 'TB', 'PB', 'KBS', 'MBS', 'GBS', 'MHZ', 'GHZ', 'KHZ', 'HZ', 'FPS', 'DPI', 'PPI', 'RPM', 'KW',
  'MW', 'GW', 'KWH', 'MBPS', 'GBPS', 'KBPS',
];

const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;

/** Whether a word is a Roman numeral up to XXXIX, as in `Project Idea II` (`XL`, `CD`, `CI` are not read as numerals). */
export function isRomanNumeral(word: string): boolean {
  return word.length > 0 && ROMAN_NUMERAL.test(word);
}
