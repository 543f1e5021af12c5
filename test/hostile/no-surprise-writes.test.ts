/**
 * Promise 3, no surprise writes. Outputs are written to a temporary file beside the target and
 * renamed, so the target holds the old content or the whole new one, never part of it; the temporary
 * files in flight are known, and removed by the signal handler (see pipes-and-signals.test.ts for the
 * process). `--output`, `--details`, `--dossiers` and `--rejects` never replace an input or each other,
 * nor a folder or device; an existing file is replaced only when it is empty, was written by tthc-audit
 * (recognised by how each of our formats begins), or with `--force`.
 */
import { lstatSync, mkdirSync, readFileSync, readdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AuditError } from '../../src/errors.js';
import { removeTempFiles, tempFilesInFlight, writeFileAtomic } from '../../src/io/write-output.js';
import { runMain } from '../render/run-main.js';
import { FORMATS, ROOT, tempDir } from './hostile-helpers.js';

const MINI_E = join(ROOT, 'fixtures/mini/electronic.csv');
const MINI_P = join(ROOT, 'fixtures/mini/paper.csv');
const CLEAN_E = join(ROOT, 'fixtures/clean/electronic.csv');
const CLEAN_P = join(ROOT, 'fixtures/clean/paper.csv');
const mini = (...extra: string[]): string[] => [
  'reconcile',
  '--electronic',
  MINI_E,
  '--paper',
  MINI_P,
  '--as-of',
  '2024-03-10',
  ...extra,
];
const clean = (...extra: string[]): string[] => [
  'reconcile',
  '--electronic',
  CLEAN_E,
  '--paper',
  CLEAN_P,
  '--as-of',
  '2024-06-30',
  ...extra,
];

describe('writeFileAtomic', () => {
  it('writes text (with a BOM on request) and bytes, replacing the old file, and leaves nothing else', async () => {
    const dir = tempDir();
    const file = join(dir, 'out.csv');
    writeFileSync(file, 'old');
    await writeFileAtomic(file, 'Xã A\n', { bom: true });
    expect(readFileSync(file)).toEqual(Buffer.from('\ufeffXã A\n', 'utf8'));
    await writeFileAtomic(file, new Uint8Array([0x50, 0x4b, 0, 255]), { bom: true });
    expect([...readFileSync(file)]).toEqual([0x50, 0x4b, 0, 255]); // bytes are written as they are
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(tempFilesInFlight()).toEqual([]);
  });

  it(
    'writes to a listed temporary file beside the target; the target keeps its old content until the ' + 'rename',
    async () => {
      const dir = tempDir();
      const file = join(dir, 'report.json');
      writeFileSync(file, 'old');
      const writing = writeFileAtomic(file, 'x'.repeat(8 << 20));
      const [tmp] = tempFilesInFlight();
      expect(tempFilesInFlight()).toHaveLength(1);
      expect(tmp).toMatch(/\/\.report\.json\.[0-9a-f]{12}\.tmp$/);
      expect(tmp!.startsWith(dir)).toBe(true);
      expect(readFileSync(file, 'utf8')).toBe('old');
      await writing;
      expect(readFileSync(file, 'utf8')).toHaveLength(8 << 20);
      expect(readdirSync(dir)).toEqual(['report.json']);
    },
  );

  it('removeTempFiles (the signal handler) removes a temporary file in flight; the old file stays whole', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.html');
    writeFileSync(file, 'old');
    const writing = writeFileAtomic(file, 'y'.repeat(8 << 20));
    expect(removeTempFiles()).toBe(1);
    expect(readdirSync(dir)).toEqual(['report.html']);
    await expect(writing).rejects.toBeInstanceOf(AuditError);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('a failed write is an AuditError naming the file, and leaves no temporary file', async () => {
    const dir = tempDir();
    const err = await writeFileAtomic(join(dir, 'no/such/folder/out.csv'), 'x').then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ code: 'E_WRITE' });
    expect((err as AuditError).hint('en')).toBe('the folder does not exist');
    expect((err as AuditError).hint('vi')).toBe('thư mục không tồn tại');
    mkdirSync(join(dir, 'a-folder'));
    await expect(writeFileAtomic(join(dir, 'a-folder'), 'x')).rejects.toMatchObject({
      code: 'E_WRITE',
      place: { file: join(dir, 'a-folder') },
    });
    expect(readdirSync(dir)).toEqual(['a-folder']);
    expect(readdirSync(join(dir, 'a-folder'))).toEqual([]);
  });
});

const OUTPUT_FLAGS = ['--output', '--details', '--dossiers', '--rejects'] as const;

describe('an output never replaces an input, another output, a folder or a device', () => {
  it.each(OUTPUT_FLAGS)('%s naming an input file: exit 2, the input untouched', async (flag) => {
    const before = readFileSync(MINI_P);
    const r = await runMain(mini(flag, MINI_P));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${flag} ${MINI_P} is one of the input files`);
    expect(readFileSync(MINI_P).equals(before)).toBe(true);
  });

  it('an input reached under another path (a link, a folder and "..")', async () => {
    const dir = tempDir();
    const e = join(dir, 'e.csv');
    writeFileSync(e, readFileSync(MINI_E));
    symlinkSync(e, join(dir, 'link.csv'));
    mkdirSync(join(dir, 'sub'));
    for (const out of [join(dir, 'link.csv'), join(dir, 'sub/../e.csv')]) {
      const r = await runMain(['reconcile', '--electronic', e, '--paper', MINI_P, '--output', out]);
      expect(r.code, out).toBe(2);
      expect(r.stderr).toContain('is one of the input files');
    }
    expect(readFileSync(e).equals(readFileSync(MINI_E))).toBe(true);
  });

  it('two outputs naming the same file: exit 2 before anything is written', async () => {
    const dir = tempDir();
    const r = await runMain(mini('--details', join(dir, 'x.csv'), '--rejects', join(dir, 'x.csv')));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--rejects and --details name the same file');
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['a folder', (dir: string) => dir],
    ['a device', () => '/dev/null'],
  ])('%s: exit 2, nothing replaced', async (_what, target) => {
    const dir = tempDir();
    const r = await runMain(mini('--output', target(dir)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--output names a folder, device or pipe, not a file \(name a file to write\)/);
  });
});

describe('an existing file is replaced only when tthc-audit wrote it, when empty, or with --force', () => {
  const FOREIGN: [string, string | Buffer][] = [
    ['notes.txt', 'my notes\n'],
    ['compact.json', '{"schemaVersion":1}\n'],
    ['notes.md', '## Notes\n'],
    ['scores.csv', 'unit,score\nXã A,1\n'],
    ['page.html', '<!DOCTYPE html><title>mine</title>\n'],
    ['broken.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])],
  ];

  it.each(OUTPUT_FLAGS.flatMap((flag) => FOREIGN.map(([name, content]) => [flag, name, content] as const)))(
    '%s over %s (not ours): exit 2 with a hint to add --force; nothing written',
    async (flag, name, content) => {
      const dir = tempDir();
      const file = join(dir, name);
      writeFileSync(file, content);
      const other = flag === '--details' ? '--rejects' : '--details';
      const r = await runMain(mini(flag, file, other, join(dir, 'other.csv')));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `tthc-audit: ${file}: ${flag} would replace this file, which tthc-audit did not write ` +
          `(add --force to replace it, or choose another name)\n`,
      );
      expect(readFileSync(file).equals(Buffer.from(content))).toBe(true);
      expect(readdirSync(dir)).toEqual([name]); // the check comes before any work: no other output either
    },
  );

  it('a workbook made by someone else is not replaced; with --force it is', async () => {
    const dir = tempDir();
    const file = join(dir, 'report.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Alice';
    wb.addWorksheet('Mine').addRow(['precious']);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const before = readFileSync(file);
    expect((await runMain(mini('--format', 'xlsx', '--output', file))).code).toBe(2);
    expect(readFileSync(file).equals(before)).toBe(true);
    expect((await runMain(mini('--format', 'xlsx', '--output', file, '--force'))).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(false);
  });

  it('--force replaces a file tthc-audit did not write', async () => {
    const dir = tempDir();
    const file = join(dir, 'notes.txt');
    writeFileSync(file, 'my notes\n');
    const r = await runMain(mini('--format', 'json', '--output', file, '--force'));
    expect(r.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1,/);
  });

  it('an empty file is replaced (nothing to lose)', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'empty.csv'), '');
    expect((await runMain(mini('--details', join(dir, 'empty.csv')))).code).toBe(0);
    expect(readFileSync(join(dir, 'empty.csv'), 'utf8')).toMatch(/^\ufeff?Kind,Dossier code,Unit,/);
  });

  it.each(
    FORMATS.flatMap(
      (format) =>
        [
          [format, 'en'],
          [format, 'vi'],
        ] as const,
    ),
  )('a %s report of ours (--lang %s) is replaced by the next run without --force', async (format, lang) => {
    const dir = tempDir();
    const file = join(dir, `report.${format}`);
    expect((await runMain(mini('--format', format, '--lang', lang, '--output', file, '--bom'))).code).toBe(0);
    const first = readFileSync(file);
    expect((await runMain(clean('--format', format, '--lang', lang, '--output', file))).code).toBe(0);
    expect(readFileSync(file).equals(first)).toBe(false);
    expect(readdirSync(dir)).toEqual([`report.${format}`]);
  });

  it('stats reports (table and markdown titles differ from reconcile) are recognised too', async () => {
    const dir = tempDir();
    for (const format of ['table', 'markdown']) {
      const file = join(dir, `stats.${format}`);
      expect((await runMain(['stats', MINI_E, '--format', format, '--lang', 'vi', '--output', file])).code).toBe(0);
      expect((await runMain(['stats', CLEAN_E, '--format', format, '--output', file])).code).toBe(0);
    }
  });

  it(
    '--details, --dossiers (CSV and JSON) and --rejects files of ours, with or without a BOM, ' + 'are replaced',
    async () => {
      const dir = tempDir();
      const outs = ['--details', join(dir, 'd.csv'), '--dossiers', join(dir, 'e.csv'), '--rejects', join(dir, 'r.csv')];
      expect((await runMain(mini(...outs, '--bom'))).code).toBe(0);
      expect((await runMain(clean(...outs))).code).toBe(0);
      expect((await runMain(mini('--dossiers', join(dir, 'e.json')))).code).toBe(0);
      expect((await runMain(clean('--dossiers', join(dir, 'e.json')))).code).toBe(0);
      expect(readFileSync(join(dir, 'e.json'), 'utf8')).toContain('"code": "');
      expect(readdirSync(dir).sort()).toEqual(['d.csv', 'e.csv', 'e.json', 'r.csv']);
    },
  );
});

describe('validate --rejects follows the same rule', () => {
  it('refuses a file it did not write, replaces its own, and --force replaces any', async () => {
    const dir = tempDir();
    const file = join(dir, 'rejects.csv');
    const bad = join(ROOT, 'fixtures/hostile/applicant-pii.csv');
    writeFileSync(file, 'unit,score\n');
    const refused = await runMain(['validate', bad, '--rejects', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--rejects would replace this file, which tthc-audit did not write');
    expect(readFileSync(file, 'utf8')).toBe('unit,score\n');
    // 1 rejected row > --max-errors 0: a problem found.
    expect((await runMain(['validate', bad, '--rejects', file, '--force'])).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^\ufeff?file,line,column,reason,/);
    expect((await runMain(['validate', bad, '--rejects', file, '--max-errors', '1'])).code).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^\ufeff?file,line,column,reason,/);
  });
});

describe('an output named through a symbolic link', () => {
  it('replaces the file the link names; the link stays a link', async () => {
    const dir = tempDir();
    const real = join(dir, 'real.json');
    writeFileSync(real, '');
    symlinkSync(real, join(dir, 'link.json'));
    expect((await runMain(mini('--format', 'json', '--output', join(dir, 'link.json')))).code).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toMatch(/^\{\n {2}"schemaVersion": 1,/);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });

  it('a link to nothing (dangling): refused before any work, exit 2; the link stays, nothing is created', async () => {
    const dir = tempDir();
    const gone = join(dir, 'gone.json');
    symlinkSync(gone, join(dir, 'link.json'));
    const r = await runMain(mini('--format', 'json', '--output', join(dir, 'link.json')));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `tthc-audit: ${join(dir, 'link.json')}: --output names a symbolic link to ${gone}, which does not exist ` +
        '(create the file the link names, even empty, or name another file)\n',
    );
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe(gone);
    expect(readdirSync(dir)).toEqual(['link.json']);
  });
});

describe('an output path that cannot be written says what is wrong with it, before any work', () => {
  it('a file used as a folder (report.txt/x.json): names the file, does not suggest --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'report.txt'), 'mine');
    for (const out of [join(dir, 'report.txt', 'x.json'), join(dir, 'report.txt', 'a', 'b', 'x.json')]) {
      const r = await runMain(mini('--format', 'json', '--output', out, '--force'));
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `tthc-audit: ${out}: --output: ${join(dir, 'report.txt')} is a file, not a folder, so nothing can be written ` +
          `inside it (name a file in a folder)\n`,
      );
    }
    expect(readFileSync(join(dir, 'report.txt'), 'utf8')).toBe('mine');
  });

  it('a folder that does not exist: names the folder (before: the whole run, then "cannot write")', async () => {
    const dir = tempDir();
    const out = join(dir, 'no', 'such', 'details.csv');
    const r = await runMain(mini('--details', out));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `tthc-audit: ${out}: --details: the folder ${join(dir, 'no', 'such')} does not exist (create the folder first, ` +
        `or name a file in a folder that exists)\n`,
    );
  });
});
