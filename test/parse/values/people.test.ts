import { describe, expect, it } from 'vitest';
import { forgetPeople, isEmail, parsePeople, type Person } from '../../../src/parse/values/people.js';

describe('parsePeople', () => {
  it.each<[string, string, Person[]]>([
    ['name with an angle-bracket address', 'Jane Doe <a@b.c>', [{ name: 'Jane Doe', email: 'a@b.c' }]],
    ['an address alone', 'a@b.c', [{ name: 'a@b.c', email: 'a@b.c' }]],
    [
      'a mailto link named by the person',
      '[Jim Pivarski](mailto:pivarski@princeton.edu)',
      [{ name: 'Jim Pivarski', email: 'pivarski@princeton.edu' }],
    ],
    ['a mailto link named by the address', '[a@b.c](mailto:a@b.c)', [{ name: 'a@b.c', email: 'a@b.c' }]],
    [
      'the CNCF template shape',
      'Jane Doe (@jane-github, jane@email.address) - primary',
      [{ name: 'Jane Doe', handle: 'jane-github' }], // the template's address is no address (issue 11)
    ],
    [
      'an affiliation after the contact group',
      'Aman Singh (@amansinghoriginal, singh.amandeep@microsoft.com) from Drasi - primary',
      [{ name: 'Aman Singh', handle: 'amansinghoriginal', email: 'singh.amandeep@microsoft.com' }],
    ],
    ['a name and a handle', 'Eduardo Silva @edsiper', [{ name: 'Eduardo Silva', handle: 'edsiper' }]],
    ['a handle in parentheses', 'Liam Fallon (@liamfallon) - primary', [{ name: 'Liam Fallon', handle: 'liamfallon' }]],
    [
      'handles only, space separated',
      '@Kaushl2208 @GMishx @shaheemazmalmmd',
      [
        { name: '@Kaushl2208', handle: 'Kaushl2208' },
        { name: '@GMishx', handle: 'GMishx' },
        { name: '@shaheemazmalmmd', handle: 'shaheemazmalmmd' },
      ],
    ],
    [
      'a GitHub profile link',
      '[Nikhil Bhatt](https://github.com/benikk)',
      [{ name: 'Nikhil Bhatt', handle: 'benikk' }],
    ],
    [
      'a GitHub profile link named by the handle',
      '[@RossComputerGuy](https://github.com/RossComputerGuy)',
      [{ name: '@RossComputerGuy', handle: 'RossComputerGuy' }],
    ],
    [
      'a name followed by a profile link',
      'Valentin Gagarin [@fricklerhandwerk](https://github.com/fricklerhandwerk)',
      [{ name: 'Valentin Gagarin', handle: 'fricklerhandwerk' }],
    ],
    [
      'GitHub and Zulip links',
      'Jakub Beránek ([GitHub](https://github.com/kobzol), [Zulip](https://rust-lang.zulipchat.com/#narrow/dm/266518-Jakub-Ber%C3%A1nek))',
      [{ name: 'Jakub Beránek', handle: 'kobzol' }],
    ],
    [
      'a broken name link with a GitHub link and IRC nick',
      '[Heiko](Heiko%20Strathmann) (github: [karlnapf](https://github.com/karlnapf), IRC: HeikoS)',
      [{ name: 'Heiko', handle: 'karlnapf' }],
    ],
    [
      'labelled GitHub and Email links in a table cell',
      'Noel Welsh (GitHub: [@noelwelsh](https://github.com/noelwelsh), Email: [noel@noelwelsh.com](mailto:noel@noelwelsh.com))',
      [{ name: 'Noel Welsh', handle: 'noelwelsh', email: 'noel@noelwelsh.com' }],
    ],
    [
      'LinkedIn and Email links',
      'Kannupriya Kalra ([LinkedIn](https://www.linkedin.com/in/kannupriyakalra/), Email: [kannupriyakalra@gmail.com](mailto:kannupriyakalra@gmail.com))',
      [{ name: 'Kannupriya Kalra', email: 'kannupriyakalra@gmail.com' }],
    ],
    [
      'an angle-bracket address and an IRC note',
      'Peter Xu <peterx@redhat.com> (peterx on #qemu IRC)',
      [{ name: 'Peter Xu', email: 'peterx@redhat.com' }],
    ],
    [
      'a YAML rendering',
      'Caterina Doglioni <caterina.doglioni@manchester.ac.uk>',
      [{ name: 'Caterina Doglioni', email: 'caterina.doglioni@manchester.ac.uk' }],
    ],
    [
      'YAML bare handles, one per line',
      'neutrinoceros\nastrofrog\nnstarkman',
      [
        { name: 'neutrinoceros', handle: 'neutrinoceros' },
        { name: 'astrofrog', handle: 'astrofrog' },
        { name: 'nstarkman', handle: 'nstarkman' },
      ],
    ],
    [
      'a bare handle beside a placeholder',
      'fendor, TBD',
      [
        { name: 'fendor', handle: 'fendor' },
        { name: 'TBD', placeholder: true },
      ],
    ],
    // SPCL (regression-8): `name [at] host [.] com`, then a link to the same person's GitHub profile named
    // `handle @ GitHub`; the handle holds a word of the name before it, so it is that person's.
    [
      'an address in brackets, then the same person on GitHub',
      'Marcin Copik (mcopik [at] gmail [.] com), [mcopik @ GitHub](https://github.com/mcopik/), Alexandru Calotoiu (alexandru.calotoiu [at] inf.ethz [.] ch)',
      [
        { name: 'Marcin Copik', email: 'mcopik@gmail.com', obfuscated: true, handle: 'mcopik' },
        { name: 'Alexandru Calotoiu', email: 'alexandru.calotoiu@inf.ethz.ch', obfuscated: true },
      ],
    ],
    [
      'a GitHub account named by a handle unlike the name',
      'Philipp Schaad (philipp.schaad [at] inf.ethz [.] ch), [phschaad @ GitHub](https://github.com/phschaad)',
      [{ name: 'Philipp Schaad', email: 'philipp.schaad@inf.ethz.ch', obfuscated: true, handle: 'phschaad' }],
    ],
    [
      'a handle @ GitHub written out, without a link',
      'Marcin Copik (mcopik [at] gmail [.] com, mcopik @ GitHub)',
      [{ name: 'Marcin Copik', email: 'mcopik@gmail.com', obfuscated: true, handle: 'mcopik' }],
    ],
    // uutils (regression-6): `@handle on GitHub and @other on Discord`; the Discord account is no GitHub handle.
    [
      'accounts on two sites',
      'Terts Diepraam (@tertsdiepraam on GitHub and @terts on Discord)',
      [{ name: 'Terts Diepraam', handle: 'tertsdiepraam' }],
    ],
    [
      'accounts on another site before the handle, each skipped in turn',
      'Jane Roe (@terts on Discord, @kdoe on Discord, @jroe)',
      [{ name: 'Jane Roe', handle: 'jroe' }],
    ],
    [
      'an account on a site other than GitHub, which is no handle',
      'Terts Diepraam (@terts on Discord)',
      [{ name: 'Terts Diepraam' }],
    ],
    [
      'a handle alone after a person it does not name, which is a second mentor',
      'Ann Lee (ann [at] x [.] org), [@bob](https://github.com/bob)',
      [
        { name: 'Ann Lee', email: 'ann@x.org', obfuscated: true },
        { name: '@bob', handle: 'bob' },
      ],
    ],
    ['(at) (dot)', 'x (at) y (dot) org', [{ name: 'x (at) y (dot) org', email: 'x@y.org', obfuscated: true }]],
    ['<at> (dot)', 'x <at> y (dot) com', [{ name: 'x <at> y (dot) com', email: 'x@y.com', obfuscated: true }]],
    ['[at] with a plain dot', 'x [at] y.org', [{ name: 'x [at] y.org', email: 'x@y.org', obfuscated: true }]],
    [
      '(at) without spaces',
      'scala-gsoc(at)epfl.ch',
      [{ name: 'scala-gsoc(at)epfl.ch', email: 'scala-gsoc@epfl.ch', obfuscated: true }],
    ],
    [
      'words at and dot',
      'name at example dot org',
      [{ name: 'name at example dot org', email: 'name@example.org', obfuscated: true }],
    ],
    [
      'a name with an obfuscated address in angle brackets',
      'Mark Wong <markwkm (at) gmail (dot) com>',
      [{ name: 'Mark Wong', email: 'markwkm@gmail.com', obfuscated: true }],
    ],
    [
      'an unclosed bracket and a dotted local part',
      'Jesper Pedersen <jesperpedersen (dot) db (at) gmail (dot) com',
      [{ name: 'Jesper Pedersen', email: 'jesperpedersen.db@gmail.com', obfuscated: true }],
    ],
    [
      'mixed <at> and (dot)',
      'Luca Ferrari fluca1978 <at> gmail (dot) com',
      [{ name: 'Luca Ferrari', email: 'fluca1978@gmail.com', obfuscated: true }],
    ],
    [
      'a group followed by its list address',
      '*Project Devs*, mail: dev (at) apisix.apache.org',
      [{ name: 'Project Devs', email: 'dev@apisix.apache.org', obfuscated: true }],
    ],
    // 52°North (regression-10) writes `name @host`, caMicroscope (regression-10) `name -at- host`: the `@host` of the
    // first is the address's, not a handle.
    [
      'two people with addresses spaced before the @, 52°North',
      'Benjamin Pross (b.pross @52north.org) , Benedikt Gräler (b.graeler @52north.org)',
      [
        { name: 'Benjamin Pross', email: 'b.pross@52north.org', obfuscated: true },
        { name: 'Benedikt Gräler', email: 'b.graeler@52north.org', obfuscated: true },
      ],
    ],
    [
      'an address with -at-, caMicroscope',
      'Ryan Birmingham (rbirmin -at- emory.edu)',
      [{ name: 'Ryan Birmingham', email: 'rbirmin@emory.edu', obfuscated: true }],
    ],
    // NISYSLAB (regression-2) writes a degree after a comma: `Name, PhD (mzeydab -at- emory.edu)`; the post-nominal is
    // the name's, not a second person, whatever degree or suffix and whatever follows it.
    [
      'post-nominal degrees after commas, NISYSLAB',
      'Babak Mahmoudi, PhD and Mahmoud Zeydabadinezhad, PhD (mzeydab -at- emory.edu)',
      [{ name: 'Babak Mahmoudi' }, { name: 'Mahmoud Zeydabadinezhad', email: 'mzeydab@emory.edu', obfuscated: true }],
    ],
    [
      'post-nominals spelled otherwise',
      'Jane Roe, Ph.D., John Doe, Jr. <jd@x.org>; Ann Lee, MSc & Bo Li, M.D.',
      [{ name: 'Jane Roe' }, { name: 'John Doe', email: 'jd@x.org' }, { name: 'Ann Lee' }, { name: 'Bo Li' }],
    ],
    [
      'a word after a comma that only starts like a degree',
      'Jane Roe, Phdiel Smith',
      [{ name: 'Jane Roe' }, { name: 'Phdiel Smith' }],
    ],
    ['a TBD placeholder', 'TBD', [{ name: 'TBD', placeholder: true }]],
    [
      'a TBD placeholder with a fake contact (no TLD, so no address)',
      'TBD (@tbd, tbd@email)',
      [{ name: 'TBD', handle: 'tbd', placeholder: true }],
    ],
    // uutils' `Mentors: TBD  - informally @chadbrewbaker` (regression-6): the handle names a person.
    [
      'a placeholder beside a real handle',
      'TBD  - informally @chadbrewbaker',
      [{ name: '@chadbrewbaker', handle: 'chadbrewbaker' }],
    ],
    ['an invitation', '(Add yourself here!)', [{ name: 'Add yourself here', placeholder: true }]],
    ['a dash', '-', [{ name: '-', placeholder: true }]],
    // AFL++'s `Mentor: any` (regression-5): a pronoun naming nobody in particular, not a handle.
    ['an indefinite pronoun', 'any', [{ name: 'any', placeholder: true }]],
    ['an indefinite pronoun with its group', 'Anyone of the team', [{ name: 'Anyone of the team', placeholder: true }]],
    ['a comma list', 'Sean Goggins, Andrew Brain', [{ name: 'Sean Goggins' }, { name: 'Andrew Brain' }]],
    [
      'an "and" list with handles',
      'Krasi Georgiev @krasi-georgiev and Julius Volz @juliusv',
      [
        { name: 'Krasi Georgiev', handle: 'krasi-georgiev' },
        { name: 'Julius Volz', handle: 'juliusv' },
      ],
    ],
    [
      'a semicolon list',
      'Ann Lee <ann@x.org>; Bo Chan <bo@x.org>',
      [
        { name: 'Ann Lee', email: 'ann@x.org' },
        { name: 'Bo Chan', email: 'bo@x.org' },
      ],
    ],
    [
      'a Markdown list',
      '- Yue Yang (@g1eny0ung, g1enyy0ung@gmail.com)\n  - Zhiqiang ZHOU (@STRRL, im@strrl.dev)\n* Xiaoya Xia <2031361857@qq.com>',
      [
        { name: 'Yue Yang', handle: 'g1eny0ung', email: 'g1enyy0ung@gmail.com' },
        { name: 'Zhiqiang ZHOU', handle: 'STRRL', email: 'im@strrl.dev' },
        { name: 'Xiaoya Xia', email: '2031361857@qq.com' },
      ],
    ],
    ['a <br> list', 'Ann Lee<br>Bo Chan<br/>Cy Dee', [{ name: 'Ann Lee' }, { name: 'Bo Chan' }, { name: 'Cy Dee' }]],
    [
      'a bold mailto link with an affiliation',
      '* **[Edward Moyse](mailto:edward.moyse@cern.ch)** (CERN)\n* [Jonas Rembser](mailto:Jonas.Rembser@cern.ch) (CERN)',
      [
        { name: 'Edward Moyse', email: 'edward.moyse@cern.ch' },
        { name: 'Jonas Rembser', email: 'Jonas.Rembser@cern.ch' },
      ],
    ],
    [
      'a vague group behind a non-profile GitHub link',
      'Almost any [Nixpkgs committer](https://github.com/NixOS/nixpkgs-committers/tree/main/members)',
      [{ name: 'Almost any Nixpkgs committer' }],
    ],
    ['a vague group', 'Previous release managers ', [{ name: 'Previous release managers' }]],
    ['a name with quotes', 'Shahar "Dawn" Or', [{ name: 'Shahar "Dawn" Or' }]],
    [
      'a leading mentor label',
      'Mentor: Marc-André Lureau <marcandre.lureau@redhat.com>',
      [{ name: 'Marc-André Lureau', email: 'marcandre.lureau@redhat.com' }],
    ],
    [
      'an intern entry, which is not a mentor',
      'Mentor: Ann Lee <ann@x.org>, Intern: Bo Chan',
      [{ name: 'Ann Lee', email: 'ann@x.org' }],
    ],
    [
      'reference-style handle links',
      '[@mdboom][] [@tacaswell][]',
      [
        { name: '@mdboom', handle: 'mdboom' },
        { name: '@tacaswell', handle: 'tacaswell' },
      ],
    ],
    ['HTML entities', 'Ann Lee &lt;ann@x.org&gt;', [{ name: 'Ann Lee', email: 'ann@x.org' }]],
    ['an address ending a sentence', 'Ann Lee, ann@x.org.', [{ name: 'Ann Lee', email: 'ann@x.org' }]],
    // aimacode (regression-15): `Potential mentors: Dragomir Radev, \`dragomir.radev@yale.edu\`, and` ⏎ `Pierre de
    // Lacaze, \`raymond.delacaze@gmail.com\`.` An address alone after a person it names is theirs; the conjunction a
    // line break leaves alone is no one.
    [
      'addresses after the names they name, the list broken after its conjunction',
      'Dragomir Radev, `dragomir.radev@yale.edu`, and\nPierre de Lacaze, `raymond.delacaze@gmail.com`.',
      [
        { name: 'Dragomir Radev', email: 'dragomir.radev@yale.edu' },
        { name: 'Pierre de Lacaze', email: 'raymond.delacaze@gmail.com' },
      ],
    ],
    [
      'a list broken before its conjunction',
      'Jane Doe <jane@x.org>\n& John Roe <john@y.org>',
      [
        { name: 'Jane Doe', email: 'jane@x.org' },
        { name: 'John Roe', email: 'john@y.org' },
      ],
    ],
    [
      'a list broken after a name and its conjunction',
      'Jane Doe and\nJohn Roe',
      [{ name: 'Jane Doe' }, { name: 'John Roe' }],
    ],
    [
      'an address naming nobody before it, after a name (a second contact)',
      'Jane Doe, team@x.org',
      [{ name: 'Jane Doe' }, { name: 'team@x.org', email: 'team@x.org' }],
    ],
    [
      'an address naming its person by the family name',
      'Sam Goto, goto@x.org',
      [{ name: 'Sam Goto', email: 'goto@x.org' }],
    ],
    // aimacode's `Potential mentor: Sam Goto, \`goto@google.com\`. See [the guide to applying](…).` (regression-15).
    [
      'a remark after the address that opens an entry',
      'Sam Goto, `goto@x.org`. See [the guide to applying](https://x.org/guide).',
      [{ name: 'Sam Goto', email: 'goto@x.org' }],
    ],
    ['a remark after a handle alone', '@octocat. Ping us on Slack.', [{ name: '@octocat', handle: 'octocat' }]],
    // The Coq wiki's `'''Mentor''': Gregory Malecha + Someone from the Coq team` (regression-15).
    [
      'names joined by a plus, one an indefinite pronoun of a group',
      'Gregory Malecha + Someone from the Coq team',
      [{ name: 'Gregory Malecha' }, { name: 'Someone from the Coq team', placeholder: true }],
    ],
    ['names joined by a plus', 'Jane Doe + John Roe', [{ name: 'Jane Doe' }, { name: 'John Roe' }]],
    [
      'a broken mailto link',
      '[scala.center(at)epfl.ch](mailto:scala.center@epfl.ch',
      [{ name: 'scala.center@epfl.ch', email: 'scala.center@epfl.ch' }],
    ],
    ['a single capitalised name', 'Heiko', [{ name: 'Heiko' }]],
    [
      'a handle-like word in parentheses, which is not read as a handle',
      'Adrian Sieber (ad-si)',
      [{ name: 'Adrian Sieber' }],
    ],
    [
      'a GitHub-looking address',
      'Yuri Shkuro (@yurishkuro, github@ysh.us)',
      [{ name: 'Yuri Shkuro', handle: 'yurishkuro', email: 'github@ysh.us' }],
    ],
    [
      'a labelled handle on the next line, which joins the person before',
      'Ann Lee\nGitHub: @annlee',
      [{ name: 'Ann Lee', handle: 'annlee' }],
    ],
    ['nothing', '', []],
    [
      'a template comment',
      '#For GSoC, it is **required** to have at least 2 mentors with 1 being a primary mentor.',
      [],
    ],
    ['an empty table cell', '[][]', []],
  ])('reads %s', (_shape, raw, expected) => {
    expect(parsePeople(raw)).toEqual(expected);
  });

  it('reads a sentence as no person', () => {
    expect(
      parsePeople(
        'The Taskflow Team will mentor this project throughout the course of summer code.\nParticipants should expect weekly project meeting to sync up the progress.',
      ),
    ).toEqual([]);
    expect(parsePeople('Ana Lucia de la Cruz Garcia')).toEqual([{ name: 'Ana Lucia de la Cruz Garcia' }]);
  });

  it('reads a chat workspace or channel as no person', () => {
    expect(parsePeople('archivers.slack.com, #next-steps')).toEqual([]);
    expect(parsePeople('Ann Lee, discord.gg/abc')).toEqual([{ name: 'Ann Lee' }]);
    expect(parsePeople('john.doe')).toEqual([{ name: 'john.doe' }]);
  });

  it('does not split on commas inside parentheses', () => {
    expect(parsePeople('Ann Lee (CERN, Geneva), Bo Chan')).toEqual([{ name: 'Ann Lee' }, { name: 'Bo Chan' }]);
  });

  it('does not throw on non-string input', () => {
    expect(parsePeople(null as unknown as string)).toEqual([]);
  });

  it.each<[string, string, number]>([
    ['letters', 'a'.repeat(100_000), 1],
    ['commas', ','.repeat(100_000), 0],
    ['comma-separated names', 'Ann, '.repeat(20_000), 20_000],
    ['spaced separators', ' and ;'.repeat(16_000), 0],
    ['open parentheses', '('.repeat(100_000), 1],
    ['at markers', '(at) '.repeat(20_000), 1],
    ['words at', 'x at '.repeat(20_000), 1],
    ['dot markers', `x (at) ${'y (dot) '.repeat(14_000)}`, 1],
    ['local parts', `${'a.'.repeat(50_000)}@`, 1],
    ['at signs', '@'.repeat(100_000), 1],
    ['hyphens', '-'.repeat(100_000), 1],
    ['brackets and links', '[a](b'.repeat(20_000), 0], // `a` is a clause word: the run names nobody
    ['underscores', `a${'_'.repeat(100_000)}`, 1],
    ['hashes', '#'.repeat(100_000), 0],
    ['quote markers', `${'> '.repeat(50_000)}x`, 1],
    ['spaces before a marker', `${' '.repeat(100_000)}(at) y.org`, 1],
    ['post-nominals', `Ann${', PhD'.repeat(20_000)}`, 1],
    ['wrapped markers', `x${' -at- y'.repeat(12_500)}`, 1],
  ])('finishes on a 100,000-character run of %s', (_name, raw, count) => {
    expect(parsePeople(raw)).toHaveLength(count);
  });
});

describe('isEmail', () => {
  it.each([
    'a@b.c',
    'jane@email.address',
    'Jonas.Rembser@cern.ch',
    ' 2031361857@qq.com ',
    'first_last+tag@sub.example.org',
  ])('accepts %j', (s) => expect(isEmail(s)).toBe(true));
  it.each(['tbd@email', 'a@b', '@b.c', 'a@@b.c', 'a@b.c1', 'a b@c.d', 'a@-b.c', 'x (at) y (dot) z', '', 'a@b..c'])(
    'rejects %j',
    (s) => expect(isEmail(s)).toBe(false),
  );
});

describe('parsePeople with a family name written first', () => {
  it('reads "Family, Given (contact)" as one person', () => {
    expect(parsePeople('Hung-Ying, Tai (@hydai, hydai@secondstate.io)')).toEqual([
      { name: 'Hung-Ying, Tai', email: 'hydai@secondstate.io', handle: 'hydai' },
    ]);
  });

  it('still splits two full names separated by a comma', () => {
    expect(parsePeople('Sean Goggins, Andrew Brain').map((p) => p.name)).toEqual(['Sean Goggins', 'Andrew Brain']);
  });
});

describe('parsePeople with obfuscated and template addresses', () => {
  it.each([
    ['Jane Doe jane <at> uni (dot) com', 'Jane Doe', 'jane@uni.com'],
    ['Pepe Pérez x AT y.es', 'Pepe Pérez', 'x@y.es'],
    ['Ann Lee ann [at] host [dot] org', 'Ann Lee', 'ann@host.org'],
    ['Lars Kurth (lars dot kurth at xen dot org)', 'Lars Kurth', 'lars.kurth@xen.org'],
  ])('reads the spelled-out address in "%s"', (text, name, email) => {
    expect(parsePeople(text)).toEqual([{ name, email, obfuscated: true }]);
  });

  it('reads a spelled-out address written alone', () => {
    expect(parsePeople('community dot manager at xenproject dot org')[0]).toMatchObject({
      email: 'community.manager@xenproject.org',
      obfuscated: true,
    });
  });

  it('gives no address for a template slot', () => {
    expect(parsePeople('Jane Doe jane@email.address')).toEqual([{ name: 'Jane Doe' }]);
    expect(parsePeople('Jane Doe <you@example.com>')).toEqual([{ name: 'Jane Doe' }]);
  });
});

describe('remarks in a mentors field', () => {
  // clojars' 2017 list (test/fixtures/regression-2) writes its mentor as a sentence before the name.
  it('keeps the person with an address, not the remarks written before them', () => {
    expect(
      parsePeople(
        "Maybe secondary, after `boot`'s folks, but I can help. Andrea Richiardi (a.richiardi.work@gmail.com).",
      ),
    ).toEqual([{ name: 'Andrea Richiardi', email: 'a.richiardi.work@gmail.com' }]);
  });

  it('keeps names without an address, particles included, and a title before a name', () => {
    expect(parsePeople('Ludwig van Beethoven <l@b.de>, Jane Doe').map((person) => person.name)).toEqual([
      'Ludwig van Beethoven',
      'Jane Doe',
    ]);
    expect(parsePeople('Dr. Jane Doe <j@x.org>')).toEqual([{ name: 'Dr. Jane Doe', email: 'j@x.org' }]);
    // `maybe later` is a clause naming nobody (namesNobody): dropped.
    expect(parsePeople('maybe later, Sean Goggins').map((person) => person.name)).toEqual(['Sean Goggins']);
  });
});

// LF Decentralized Trust's Confluence export (regression-2): one paragraph per mentor, name first, then role, address
// and affiliation, and the page footer after them.
describe('a mentor written as a card', () => {
  const raw =
    '[Attila Klenik](https://lf-hyperledger.atlassian.net/wiki/people/712020?ref=confluence), research fellow, ' +
    '[attila.klenik@vik.bme.hu](mailto:attila.klenik@vik.bme.hu), Budapest University of Technology and Economics, ' +
    'Dept. of Measurement and Inf. Systems, Critical Systems Research Group (ftsrg)\n\n' +
    '[Imre Kocsis](https://lf-hyperledger.atlassian.net/wiki/people/5ab9?ref=confluence), assistant professor, ' +
    '[kocsis.imre@vik.bme.hu](mailto:kocsis.imre@vik.bme.hu), Budapest University of Technology and Economics\n\n' +
    'Document generated by Confluence on Nov 26, 2024 14:55\n\n[Atlassian](http://www.atlassian.com/)';

  it('reads one person per card, with the address, and no person in the details or the footer', () => {
    expect(parsePeople(raw)).toEqual([
      { name: 'Attila Klenik', email: 'attila.klenik@vik.bme.hu' },
      { name: 'Imre Kocsis', email: 'kocsis.imre@vik.bme.hu' },
    ]);
  });

  it("keeps a person linked to a homepage named after them (SQLancer's `[Jinsheng Ba](http://jinshengba.me/)`)", () => {
    expect(parsePeople('[Jinsheng Ba](http://jinshengba.me/)')).toEqual([{ name: 'Jinsheng Ba' }]);
  });

  it('keeps two people of one line apart when the address is not alone in its entry', () => {
    expect(parsePeople('Jane Doe, John Roe <john@example.org>, Ann Lee')).toEqual([
      { name: 'Jane Doe' },
      { name: 'John Roe', email: 'john@example.org' },
      { name: 'Ann Lee' },
    ]);
  });
});

describe('an address shared by names joined by `and` or `&`', () => {
  it("gives a team's address written after the last name to every name joined to it", () => {
    expect(parsePeople('Tamara & Bena gsoc@opengovafrica.org')).toEqual([
      { name: 'Tamara', email: 'gsoc@opengovafrica.org' },
      { name: 'Bena', email: 'gsoc@opengovafrica.org' },
    ]);
    expect(parsePeople('Ann Lee and Raj Patel mentors@example.org')).toEqual([
      { name: 'Ann Lee', email: 'mentors@example.org' },
      { name: 'Raj Patel', email: 'mentors@example.org' },
    ]);
  });

  it('keeps an address that names its person, and names joined by commas only, to that person', () => {
    expect(parsePeople('Ann Lee and Bob Smith bob.smith@example.org')).toEqual([
      { name: 'Ann Lee' },
      { name: 'Bob Smith', email: 'bob.smith@example.org' },
    ]);
    expect(parsePeople('Ann Lee and Bob Smith bs@example.org')).toEqual([
      { name: 'Ann Lee' },
      { name: 'Bob Smith', email: 'bs@example.org' },
    ]);
    expect(parsePeople('Ann Lee, Raj Patel mentors@example.org')).toEqual([
      { name: 'Ann Lee' },
      { name: 'Raj Patel', email: 'mentors@example.org' },
    ]);
    expect(parsePeople('TBD & Bena gsoc@opengovafrica.org')).toEqual([
      { name: 'TBD', placeholder: true },
      { name: 'Bena', email: 'gsoc@opengovafrica.org' },
    ]);
  });
});

describe('parsePeople reads a value once', () => {
  // A mentors field is read while its fields are found and again by three rules: the reading is kept, not redone.
  it('gives the same reading for the same value until forgetPeople', () => {
    const raw = 'Jane Doe (@jane, jane@example.org), [Ann Lee](mailto:ann@example.org)';
    const first = parsePeople(raw);
    expect(first).toEqual([
      { name: 'Jane Doe', handle: 'jane', email: 'jane@example.org' },
      { name: 'Ann Lee', email: 'ann@example.org' },
    ]);
    expect(parsePeople(raw)).toBe(first);
    forgetPeople();
    const again = parsePeople(raw);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});

describe('a mentors value wrapped between a name and its contact details', () => {
  // Internet Health Report (regression-11) wraps its `**Contact:**` line inside `Malte Tashiro (malte@iij.ad.jp)`.
  it('gives the bracketed details opening the next line to the name ending the line before', () => {
    expect(
      parsePeople(
        'Dimitrios Giakatos (dimitrios@iij.ad.jp), Malte Tashiro\n(malte@iij.ad.jp), Romain Fontugne (romain@iij.ad.jp)',
      ),
    ).toEqual([
      { name: 'Dimitrios Giakatos', email: 'dimitrios@iij.ad.jp' },
      { name: 'Malte Tashiro', email: 'malte@iij.ad.jp' },
      { name: 'Romain Fontugne', email: 'romain@iij.ad.jp' },
    ]);
  });

  it('reads other brackets, handles and a lone wrapped person alike', () => {
    expect(parsePeople('Jane Roe\n<jane@example.org>')).toEqual([{ name: 'Jane Roe', email: 'jane@example.org' }]);
    expect(parsePeople('Ann Lee (ann@example.org), Jane Roe\n(jane (at) example.org), Bob Stone')).toEqual([
      { name: 'Ann Lee', email: 'ann@example.org' },
      { name: 'Jane Roe', email: 'jane@example.org', obfuscated: true },
      { name: 'Bob Stone' },
    ]);
    expect(parsePeople('Ann Lee, José Núñez\n(@jnunez) and Bob Stone (@bstone)')).toEqual([
      { name: 'Ann Lee' },
      { name: 'José Núñez', handle: 'jnunez' },
      { name: 'Bob Stone', handle: 'bstone' },
    ]);
  });

  it('keeps one person per line when the line before ends with a separator or the next is a list item', () => {
    expect(parsePeople('Jane Roe,\n(team@example.org)')).toEqual([
      { name: 'Jane Roe' },
      { name: 'team@example.org', email: 'team@example.org' },
    ]);
    expect(parsePeople('- Jane Roe\n- (bob@example.org)')).toEqual([
      { name: 'Jane Roe' },
      { name: 'bob@example.org', email: 'bob@example.org' },
    ]);
  });
});

// MariaDB 2022 (regression-11): `Mentor Vicențiu Ciorbaru / Sergei Golubchik / Monty Widenius`.
describe('names joined by a spaced slash', () => {
  it('reads each name after ` / ` as a person', () => {
    expect(parsePeople('Vicențiu Ciorbaru / Sergei Golubchik / Monty Widenius').map((p) => p.name)).toEqual([
      'Vicențiu Ciorbaru',
      'Sergei Golubchik',
      'Monty Widenius',
    ]);
    expect(parsePeople('Jane Doe <jane@example.org> / Hans van Dam').map((p) => p.name)).toEqual([
      'Jane Doe',
      'Hans van Dam',
    ]);
  });

  it('keeps a contact or a one-word part after the slash with its person', () => {
    expect(parsePeople('Jane Doe / @jdoe')).toHaveLength(1);
    expect(parsePeople('Jane Doe / jane@example.org')).toHaveLength(1);
    expect(parsePeople('Jane Doe / GitHub')).toHaveLength(1);
    expect(parsePeople('C/C++ Jane Doe')).toHaveLength(1);
  });
});

// Mathesar (regression-2): `- **Primary Mentor**: Sean Colsen` ⏎ `- **Secondary Mentor(s)**: Pavish Kumar Ramani Gopal`,
// and the same with a spaced dash (label-bold-dash). A mentor label of several words opening an entry, then a colon or
// a spaced dash, is no part of the name; a name before a dash (`Jane Doe - primary`) stays.
describe('a mentor label opening an entry', () => {
  it.each([
    ['- **Primary Mentor**: Sean Colsen\n- **Secondary Mentor(s)**: Pavish Kumar Ramani Gopal'],
    ['- **Primary Mentor** – Sean Colsen\n- **Secondary Mentor(s)** – Pavish Kumar Ramani Gopal'],
    ['Primary mentor - Sean Colsen; Technical contact: Pavish Kumar Ramani Gopal'],
  ])('reads the names after the labels in %j', (raw) => {
    expect(parsePeople(raw).map((person) => person.name)).toEqual(['Sean Colsen', 'Pavish Kumar Ramani Gopal']);
  });

  it('keeps a name before a dash and a role', () => {
    expect(parsePeople('Jane Doe - primary').map((person) => person.name)).toEqual(['Jane Doe']);
  });
});

describe('addresses written with Markdown backslash escapes (regression-13 GMOD)', () => {
  // A converter escapes the Markdown punctuation of an address (`joel.weiser\[AT\]oicr.on.ca`, GMOD's wiki, pandoc)
  // and may write a non-breaking space as `\ ` (`joel.weiser\ AT\ oicr.on.ca`): the page displays the address
  // unescaped, so it is read as written there, in every spelling of issue 11.
  const escape = (text: string): string => text.replace(/[[\](){}<>_*#~`-]/g, (char) => `\\${char}`);
  it.each<[string, string]>([
    ['joel.weiser[AT]oicr.on.ca', 'joel.weiser@oicr.on.ca'],
    ['mcopik [at] gmail [.] com', 'mcopik@gmail.com'],
    ['markwkm (at) gmail (dot) com', 'markwkm@gmail.com'],
    ['fluca1978 <at> gmail (dot) com', 'fluca1978@gmail.com'],
    ['x {AT} y {DOT} org', 'x@y.org'],
    ['rbirmin -at- emory.edu', 'rbirmin@emory.edu'],
    ['jane_doe_at_uni_dot_ch', 'jane_doe@uni.ch'],
    ['x *at* mail #dot# y.de', 'x@mail.y.de'],
    ['x~@~y.io', 'x@y.io'],
    ['jane_doe@example.org', 'jane_doe@example.org'],
  ])('reads %j escaped', (address, email) => {
    forgetPeople();
    const escaped = escape(address);
    expect(escaped).not.toBe(address);
    const obfuscated = address !== email;
    expect(parsePeople(`Joel Weiser (${escaped})`)).toEqual([
      { name: 'Joel Weiser', email, ...(obfuscated ? { obfuscated } : {}) },
    ]);
  });

  it('reads an escaped space as a space, and names the person, not the escaped address', () => {
    expect(
      parsePeople('Robin Haw (robin.haw\\ AT\\ oicr.on.ca) and Joel Weiser (joel.weiser\\ AT\\ oicr.on.ca).'),
    ).toEqual([
      { name: 'Robin Haw', email: 'robin.haw@oicr.on.ca', obfuscated: true },
      { name: 'Joel Weiser', email: 'joel.weiser@oicr.on.ca', obfuscated: true },
    ]);
  });

  it('keeps a backslash that escapes nothing', () => {
    expect(parsePeople('Jane Doe (C:\\Users\\jane)')[0].name).toBe('Jane Doe');
  });
});

describe("addresses under a mentors' contact label, given to the mentors named before (regression-13 AOSC)", () => {
  it.each<[string, string]>([
    ['a label line', 'Jane Doe, John Roe\n\nMentor contact:\njane@x.org\njohn@y.org'],
    ['a label before the addresses', 'Jane Doe, John Roe\nMentor emails: jane@x.org, john@y.org'],
    ['a possessive label', "Jane Doe and John Roe\nMentors' e-mails: jane (at) x (dot) org; john (at) y (dot) org"],
    ['a label after the noun', 'Jane Doe / John Roe\nEmail of the mentors: jane@x.org, john@y.org'],
  ])('%s', (_form, raw) => {
    forgetPeople();
    expect(parsePeople(raw).map((person) => [person.name, person.email])).toEqual([
      ['Jane Doe', 'jane@x.org'],
      ['John Roe', 'john@y.org'],
    ]);
  });

  it('leaves an address that follows a mentor who has one a person of its own', () => {
    forgetPeople();
    expect(parsePeople('Jane Doe <jane@x.org>\nMentor contact: john@y.org').map((person) => person.name)).toEqual([
      'Jane Doe',
      'john@y.org',
    ]);
  });
});

describe('a name wrapped over two lines in a list of NAME (CONTACT) entries (regression-13 GMOD)', () => {
  it.each<[string, string]>([
    ['and', 'Joel Weiser (joel.weiser[AT]oicr.on.ca) and Antonio\nFabregat (fabregat[AT]ebi.ac.uk).'],
    ['a comma', 'Joel Weiser <joel.weiser@oicr.on.ca>, Antonio\nFabregat <fabregat@ebi.ac.uk>'],
    ['a semicolon and two words', 'Joel Weiser (joel.weiser@oicr.on.ca); Antonio\nFabregat Mundo (fabregat@ebi.ac.uk)'],
    ['and, CRLF', 'Joel Weiser (joel.weiser[AT]oicr.on.ca) and Antonio\r\nFabregat (fabregat[AT]ebi.ac.uk).'],
  ])('joins the name after %s', (_form, raw) => {
    forgetPeople();
    const people = parsePeople(raw);
    expect(people.map((person) => person.name)).toEqual([
      'Joel Weiser',
      raw.includes('Mundo') ? 'Antonio Fabregat Mundo' : 'Antonio Fabregat',
    ]);
    expect(people[1].email).toBe('fabregat@ebi.ac.uk');
  });

  it('keeps one name per line two people', () => {
    forgetPeople();
    expect(parsePeople('Jane\nBob (bob@x.org)').map((person) => person.name)).toEqual(['Jane', 'Bob']);
    forgetPeople();
    expect(parsePeople('Jane Doe and Ann\nBob (bob@x.org)').map((person) => person.name)).toEqual([
      'Jane Doe',
      'Ann',
      'Bob',
    ]);
  });
});

// DevRhylme (regression-16): `**Mentors**:` ⏎ `| Name | GitHub Profile | Email |` ⏎ `|---|---|---|` ⏎ rows: the header
// row was read as a mentor named "Name | GitHub Profile | Email" without an address. Grammar: a table's header row
// names its columns, never a person, in any language and with any alignment; a header row carrying contact details (a
// person's card set as a table) stays a person.
describe("a table's header row", () => {
  const rows =
    '| Jane Doe | [@jane](https://github.com/jane) | jane@example.org |\n| John Roe | [@john](https://github.com/john) | john@example.org |\n';
  it.each([
    '| Name | GitHub Profile | Email |\n|------|------|------|\n',
    '| Name                      | GitHub Profile   | Email   |\n|---------------------------|:----------------:|--------:|\n',
    'Mentor | GitHub | Contact\n--- | --- | ---\n',
    '| Nombre | GitHub | Correo |\n| :--- | :---: | ---: |\n',
    '| 姓名 | GitHub | 邮箱 |\n|---|---|---|\n',
  ])('%j names no person', (header) => {
    forgetPeople();
    const people = parsePeople(header + rows);
    expect(people.map((person) => person.email)).toEqual(['jane@example.org', 'john@example.org']);
  });

  it('keeps a header row carrying contact details: a person set as a table', () => {
    forgetPeople();
    const people = parsePeople('| Jane Doe | jane@example.org |\n|---|---|\n| John Roe | john@example.org |\n');
    expect(people.map((person) => person.email)).toEqual(['jane@example.org', 'john@example.org']);
  });
});
