import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/buildSite';

const run = promisify(execFile);
const DUMPS = join(PROJECT_ROOT, 'tests/fixtures/dumps');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `scripts/import.ts` the way `npm run import --` does, in a child process. */
async function importCli(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'scripts/import.ts', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, INIT_CWD: PROJECT_ROOT },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const locale of await readdir(dir).catch(() => [])) {
    for (const name of await readdir(join(dir, locale))) files[`${locale}/${name}`] = await readFile(join(dir, locale, name), 'utf8');
  }
  return files;
}

let work: string;
let out: string;
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'zhiku-import-'));
  out = join(work, 'articles');
});

describe('import CLI', () => {
  it('writes <out>/<locale>/<slug>.md, prints a line per article and a summary', async () => {
    const result = await importCli(join(DUMPS, 'zh-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12');
    expect(result.code).toBe(0);
    expect(Object.keys(await snapshot(out)).sort()).toEqual([
      'zh/bitebi-duan-xian-tiaoshui-yi-xiaoshi-nei-xiadie-baifen-zhi-ba.md',
      'zh/caijing-daxue-jiaoshou-wang-mingyuan-kua-jing-maoyi-lvxian-shouyi-yu-qukuailian.md',
      'zh/yanghang-shuzi-huobi-shi-dian-kuo-wei-zai-tian-si-ge-chengshi.md',
    ]);
    expect(result.stdout.match(/^ {2}zh {2}(article|brief) /gm)).toHaveLength(3);
    expect(result.stdout).toContain('3 articles (zh 3), 1 briefs');
    expect(result.stdout).toContain('created 3');
    expect(result.stdout).toMatch(
      /removed: .*bot-check interstitial 2.*image credit or caption 2.*reprint notice 1.*stray number 1.*photo-caption name 1/,
    );
  });

  it('changes nothing when run again on the same dump (byte-identical files)', async () => {
    await importCli(join(DUMPS, 'en-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12');
    const first = await snapshot(out);
    const mtimes = await Promise.all(Object.keys(first).map(async (f) => (await stat(join(out, f))).mtimeMs));
    const again = await importCli(join(DUMPS, 'en-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12');
    expect(again.code).toBe(0);
    expect(await snapshot(out)).toEqual(first);
    expect(await Promise.all(Object.keys(first).map(async (f) => (await stat(join(out, f))).mtimeMs))).toEqual(mtimes);
    expect(again.stdout).toContain('already present and unchanged 7');
  });

  it('never overwrites an edited article or a hand-written file without --force', async () => {
    await importCli(join(DUMPS, 'mixed-2023-06.txt'), '--out', out, '--date', '2023-06-05');
    const files = await snapshot(out);
    const [zhPath, enPath] = [Object.keys(files).find((f) => f.startsWith('zh/'))!, Object.keys(files).find((f) => f.startsWith('en/'))!];
    const edited = files[zhPath]!.replace('topics: []', 'topics:\n  - regulation');
    const handWritten = '---\ntitle: Written by an editor\ndate: 2023-06-01\n---\n\nOur own text.\n';
    await writeFile(join(out, zhPath), edited);
    await writeFile(join(out, enPath), handWritten);

    const result = await importCli(join(DUMPS, 'mixed-2023-06.txt'), '--out', out, '--date', '2023-06-05');
    expect(result.code).toBe(0);
    expect(await readFile(join(out, zhPath), 'utf8')).toBe(edited);
    expect(await readFile(join(out, enPath), 'utf8')).toBe(handWritten);
    expect(result.stdout).toContain('skipped: edited since import (use --force to replace)');
    expect(result.stdout).toContain('skipped: not written by the importer (use --force to replace)');
    expect(result.stdout).toContain('skipped 2: edited since import 1, not written by the importer 1');

    const forced = await importCli(join(DUMPS, 'mixed-2023-06.txt'), '--out', out, '--date', '2023-06-05', '--force');
    expect(forced.code).toBe(0);
    expect(await snapshot(out)).toEqual(files);
  });

  it('writes nothing with --dry-run but prints the same summary', async () => {
    const result = await importCli(join(DUMPS, 'en-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12', '--dry-run');
    expect(result.code).toBe(0);
    expect(await snapshot(out)).toEqual({});
    expect(result.stdout).toContain('Dry run: nothing written. 7 articles (en 7), 2 briefs');
    expect(result.stdout).toContain('would be created');
  });

  it('records where each date came from, and lists sentences about lost embeds for an editor', async () => {
    const result = await importCli(join(DUMPS, 'dated-2022-05.txt'), '--out', out, '--date', '2022-05-12');
    expect(result.code).toBe(0);
    const files = await snapshot(out);
    expect(files['zh/shanghai-shi-dian-shuzi-renminbi-kua-jing-zhifu-shou-pi-sanjia-yinhang-canyu.md']).toMatch(
      /\ndate: 2022-05-09\ndateFrom: text\n/,
    );
    expect(files['en/mining-pool-publishes-its-first-energy-report.md']).toMatch(/\ndate: 2022-05-12\ndateFrom: collected\n/);
    expect(result.stdout).toContain('Check by hand:');
    expect(result.stdout).toMatch(/dump line 17 refers to an embedded .*"The video below shows the deputy governor/);
    expect(result.stdout).toMatch(/dump line 7 refers to an embedded .*以下推文/);
  });

  it('takes a Chinese original’s slug from its English translation, and finds a file imported under an older slug by its title', async () => {
    await importCli(join(DUMPS, 'zh-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12');
    const first = await snapshot(out);
    const interview = 'caijing-daxue-jiaoshou-wang-mingyuan-kua-jing-maoyi-lvxian-shouyi-yu-qukuailian.md';
    const brief = 'bitebi-duan-xian-tiaoshui-yi-xiaoshi-nei-xiadie-baifen-zhi-ba.md';
    // an editor translated the interview (same file name in en/); an older importer named the brief differently
    await mkdir(join(out, 'en'), { recursive: true });
    const translation =
      '---\ntitle: "Professor Wang Mingyuan: Cross-Border Trade Will Gain First"\ndate: 2020-03-12\ntranslation:\n  from: zh\n---\n\nText.\n';
    await writeFile(join(out, 'en', interview), translation);
    await rename(join(out, 'zh', brief), join(out, 'zh', 'bi-te-bi-old-rule.md'));

    const again = await importCli(join(DUMPS, 'zh-wire-2020-03.txt'), '--out', out, '--date', '2020-03-12');
    expect(again.code).toBe(0);
    // nothing new is written: both files are found where they are, and nothing is duplicated
    expect(Object.keys(await snapshot(out)).sort()).toEqual(
      [...Object.keys(first).filter((f) => !f.endsWith(brief)), 'zh/bi-te-bi-old-rule.md', `en/${interview}`].sort(),
    );
    expect(again.stdout).toContain('already present and unchanged 3');
    // the report says which slugs the rules would now give
    expect(again.stdout).toMatch(
      /zh\/caijing-daxue-[^:]*: the slug rules now give "professor-wang-mingyuan-cross-border-trade-will-gain-first"/,
    );
    expect(again.stdout).toMatch(/zh\/bi-te-bi-old-rule\.md: the slug rules now give "bitebi-duan-xian/);
  });

  it.each([
    ['a missing file', async () => join(work, 'nope.txt'), /nope\.txt does not exist/],
    ['a directory', async () => work, /is a directory/],
    ['an empty file', async () => write('empty.txt', ''), /empty\.txt is empty/],
    ['a GBK file', async () => write('gbk.txt', Buffer.from([0xb1, 0xea, 0xcc, 0xe2, 0x0a])), /gbk\.txt is not valid UTF-8/],
    [
      'a file with no article',
      async () => write('prose.txt', 'This is one long sentence of prose that ends with a full stop, and nothing else.\n'),
      /prose\.txt contains no article/,
    ],
    ['a file of junk only', async () => write('junk.txt', 'Featured image from Unsplash.\n\n58\n'), /junk\.txt contains no article/],
  ])('exits non-zero on %s, naming the file and what to do', async (_label, makePath, message) => {
    const result = await importCli(await makePath(), '--out', out, '--date', '2020-03-12');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(await snapshot(out)).toEqual({});
  });

  it('exits non-zero on an unreadable file', async () => {
    const path = await write('locked.txt', 'Title\n\nText.\n');
    await chmod(path, 0o000);
    const result = await importCli(path, '--out', out);
    // root reads anything, so this only bites as an ordinary user
    if (process.getuid?.() !== 0) expect(result.stderr).toMatch(/locked\.txt cannot be read \(permission denied\)/);
    expect(result.code).toBe(1);
  });

  it('asks for --date when an article gives no date, and writes nothing', async () => {
    const result = await importCli(join(DUMPS, 'en-wire-2020-03.txt'), '--out', out);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /7 of 7 articles in .*en-wire-2020-03\.txt give no date[\s\S]*line 1: "Regulators in Ottawa[\s\S]*Pass --date YYYY-MM-DD/,
    );
    expect(await snapshot(out)).toEqual({});
  });

  it.each([
    [[], /give exactly one dump file/],
    [['a.txt', '--date', '12/03/2020'], /--date must be YYYY-MM-DD/],
    [['a.txt', '--bogus'], /Unknown option '--bogus'/],
  ])('exits 2 on usage errors: %j', async (args, message) => {
    const result = await importCli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

async function write(name: string, content: string | Buffer): Promise<string> {
  await mkdir(work, { recursive: true });
  const path = join(work, name);
  await writeFile(path, content);
  return path;
}
