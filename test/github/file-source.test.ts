import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readPullRequestFiles, readWorkspaceFiles } from '../../src/github/file-source.js';
import { GitHubError } from '../../src/github/client.js';
import { FakeClient } from './fakes.js';

const HEAD = 'head'.padEnd(40, '0');
const isMarkdown = (path: string) => path.endsWith('.md') && !path.endsWith('README.md');

describe('readPullRequestFiles', () => {
  it('keeps idea files, skips removed ones, follows renames and reads each at the head commit', async () => {
    const client = new FakeClient();
    client.files = [
      { path: 'ideas/a.md', status: 'modified', sha: 's1', patch: '@@ -1,2 +1,3 @@\n # A\n+new\n line' },
      { path: 'ideas/gone.md', status: 'removed', sha: 's2' },
      { path: 'ideas/new-name.md', previousPath: 'ideas/old-name.md', status: 'renamed', sha: 's3' },
      { path: 'src/app.js', status: 'modified', sha: 's4', patch: '@@ -1 +1 @@\n-a\n+b' },
      { path: 'README.md', status: 'modified', sha: 's5' },
    ];
    client.setFile(HEAD, 'ideas/a.md', '# A\nnew\nline\n');
    client.setFile(HEAD, 'ideas/new-name.md', '# Renamed\n');
    const result = await readPullRequestFiles(client, 42, HEAD, isMarkdown);
    expect(result.changedCount).toBe(5);
    expect(result.truncated).toBe(false);
    expect(result.files.map((f) => [f.path, f.text])).toEqual([
      ['ideas/a.md', '# A\nnew\nline\n'],
      ['ideas/new-name.md', '# Renamed\n'],
    ]);
    expect([...result.files[0]!.changed!.added]).toEqual([2]);
    expect(result.files[1]!.changed!.inHunk.size).toBe(0);
    expect(client.calls.filter((c) => c === 'readFile')).toHaveLength(2);
  });

  it('keeps a changed idea file it cannot read, saying why, instead of skipping it', async () => {
    const client = new FakeClient();
    client.files = [
      { path: 'ideas/flaky.md', status: 'modified', sha: 's1' },
      { path: 'ideas/gone.md', status: 'modified', sha: 's2' },
    ];
    client.failNext('readFile', new GitHubError('GitHub could not read (502).', 502, 'Server Error'));
    const result = await readPullRequestFiles(client, 42, HEAD, isMarkdown);
    expect(result.files.map((f) => [f.path, f.text, f.readError])).toEqual([
      ['ideas/flaky.md', '', 'GitHub answered 502 Server Error'],
      ['ideas/gone.md', '', 'GitHub did not find it at commit head000'],
    ]);
  });

  it("says when the listing reached GitHub's 3,000-file limit", async () => {
    const client = new FakeClient();
    client.files = Array.from({ length: 3000 }, (_, i) => ({
      path: `src/${i}.js`,
      status: 'added' as const,
      sha: String(i),
    }));
    expect((await readPullRequestFiles(client, 1, HEAD, isMarkdown)).truncated).toBe(true);
  });
});

describe('readWorkspaceFiles', () => {
  let workspace = '';
  afterEach(async () => {
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  it('walks the workspace for idea files, sorted, without .git, node_modules or symlinks', async () => {
    workspace = await mkdtemp(join(tmpdir(), 'workspace-'));
    for (const dir of ['ideas/2027', '.git', 'node_modules/pkg'])
      await mkdir(join(workspace, dir), { recursive: true });
    await writeFile(join(workspace, 'ideas/2027/b.md'), 'B');
    await writeFile(join(workspace, 'ideas/a.md'), 'A');
    await writeFile(join(workspace, 'README.md'), 'R');
    await writeFile(join(workspace, '.git/x.md'), 'G');
    await writeFile(join(workspace, 'node_modules/pkg/y.md'), 'N');
    await symlink('/etc/hostname', join(workspace, 'ideas/link.md'));
    const files = await readWorkspaceFiles(workspace, isMarkdown);
    expect(files).toEqual([
      { path: 'ideas/2027/b.md', text: 'B' },
      { path: 'ideas/a.md', text: 'A' },
    ]);
  });
});
