/**
 * The differential harness's cases: every fixture with the options its README uses, the generated
 * datasets under option sets that cover every option value without a full cartesian product, and a
 * few runs of the command line itself (help, version, usage errors, calendar).
 *
 * A case is `{ id, group, argv, env, setup, datasets, quick, cost }`: `argv` follows `tthc-audit`; input
 * paths are relative to the run folder, where `fixtures/`, `test/` and `gen/` are links into the corpus,
 * and output files are plain names written into the run folder; `env` is added to the fixed environment;
 * `setup` copies corpus files into the run folder first (a `tthc-audit.config.json` read from the working
 * directory); `datasets` names the generated datasets the case reads; `quick` puts it in `--quick`;
 * `cost` is a rough number of seconds per run, to start the slowest cases first.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const FORMATS = ['table', 'csv', 'json', 'ndjson', 'markdown', 'html', 'xlsx'];
const EXT = { table: 'txt', csv: 'csv', json: 'json', ndjson: 'ndjson', markdown: 'md', html: 'html', xlsx: 'xlsx' };
const THREADS = [{}, { TTHC_AUDIT_THREADS: '1' }, { TTHC_AUDIT_THREADS: '2' }];
/** Options `validate` takes besides its own: the reading options. */
const READ_FLAGS = new Set(['--encoding', '--input-delimiter', '--unit-name', '--map', '--config', '--max-errors']);

/** Option sets cycled over the generated datasets (each a few flags; later flags win over a dataset's). */
export const EXTRAS = [
  [],
  ['--denominator', 'due'],
  ['--result-date', 'completed'],
  ['--from', '2024-01-01', '--to', '2024-12-31'],
  ['--fail-on', 'any'],
  ['--max-late-rate', '5'],
  ['--denominator', 'workload', '--decimal', 'comma'],
  ['--result-date', 'returned', '--delimiter', ';'],
  ['--from', '2024-03-01', '--to', '2024-09-30', '--as-of', '2024-10-15'],
  ['--max-masked-late', '0', '--gate-scope', 'unit'],
  ['--denominator', 'qd766'],
  ['--min-coverage', '99.5'],
  ['--fail-on', 'masked-late,late-without-apology,duplicate-code'],
  ['--max-late-rate', '50', '--min-coverage', '10', '--max-masked-late', '1000', '--gate-scope', 'unit'],
  ['--delimiter', 'tab', '--no-bom'],
  ['--max-errors', '0'],
  ['--as-of', '2024-06-30'],
  ['--delimiter', '|', '--bom'],
  ['--max-errors', '2%', '--decimal', 'dot', '--delimiter', ';'],
  ['--from', '2024-07-01'],
];
/** Output files cycled over the generated datasets; REPORT stands for `report.<extension of the format>`. */
const REPORT = '<report>';
export const OUTPUTS = [
  [],
  ['--details', 'details.csv'],
  ['--dossiers', 'dossiers.json'],
  ['--output', REPORT, '--dossiers', 'dossiers.csv'],
  ['--rejects', 'rejects.csv'],
  ['--output', REPORT],
  ['--output', REPORT, '--details', 'details.csv', '--dossiers', 'dossiers.json', '--rejects', 'rejects.csv'],
];

const withReport = (args, format) => args.map((a) => (a === REPORT ? `report.${EXT[format]}` : a));
const readArgsOf = (args) => {
  const out = [];
  for (let i = 0; i < args.length; i += 2) if (READ_FLAGS.has(args[i])) out.push(args[i], args[i + 1]);
  return out;
};
const reconcile = (e, p) => ['reconcile', '--electronic', ...e, '--paper', ...p];

/** Every case, in a fixed order. `root` is the checkout whose fixtures are the corpus. */
export function buildCases(root, datasets) {
  const cases = [];
  const seen = new Map();
  const add = (group, name, argv, more = {}) => {
    let id = `${group}/${name}`;
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    if (n > 1) id = `${id}~${n}`;
    cases.push({ id, group, argv, env: {}, setup: {}, datasets: [], quick: false, cost: 0.5, ...more });
  };

  // ---- The fixture pairs, with their documented commands, in every format and both languages.
  const pairs = [
    ['clean', 'fixtures/clean', '2024-06-30', []],
    ['dak-lak-2023', 'fixtures/dak-lak-2023', '2023-12-31', []],
    ['district', 'fixtures/district', '2024-12-31', []],
    ['tet-2024', 'fixtures/tet-2024', '2025-09-05', ['--procedures', 'fixtures/tet-2024/procedures.csv']],
    ['mini', 'fixtures/mini', '2024-03-10', []],
    ['render-two-units', 'test/render/fixtures/two-units', '2024-12-31', []],
    ['render-hostile', 'test/render/fixtures/hostile', '2024-12-31', []],
  ];
  for (const [name, dir, asOf, extra] of pairs) {
    const e = `${dir}/electronic.csv`;
    const p = `${dir}/paper.csv`;
    const base = [...reconcile([e], [p]), '--as-of', asOf, ...extra];
    const cost = name === 'district' ? 1 : 0.5;
    const group = `fixtures/${name}`;
    FORMATS.forEach((format, i) => {
      const lang = i % 2 === 0 ? 'en' : 'vi';
      const outputs =
        format === 'json'
          ? ['--dossiers', 'dossiers.json', '--details', 'details.csv', '--rejects', 'rejects.csv']
          : format === 'csv'
            ? ['--output', 'report.csv', '--dossiers', 'dossiers.csv']
            : format === 'xlsx' || format === 'html'
              ? ['--output', `report.${EXT[format]}`]
              : [];
      add(group, `${format}-${lang}`, [...base, '--format', format, '--lang', lang, ...outputs], {
        cost,
        quick:
          format === 'json' || (format === 'table' && name === 'district') || (format === 'xlsx' && name === 'mini'),
      });
    });
    // The renderer tests' pairs are small and only there for their content: the formats are enough.
    if (dir.startsWith('test/')) continue;
    add(group, 'table-vi', [...base, '--lang', 'vi'], { cost, quick: true });
    add(group, 'json-vi', [...base, '--format', 'json', '--lang', 'vi'], { cost });
    add(group, 'stats-electronic', ['stats', e, '--as-of', asOf, ...extra, '--format', 'json'], { cost });
    add(group, 'stats-paper', ['stats', p, '--source', 'paper', '--as-of', asOf, ...extra, '--lang', 'vi'], { cost });
    add(group, 'validate-electronic', ['validate', e], { cost });
    add(group, 'validate-paper', ['validate', p, '--source', 'paper', '--format', 'json', '--lang', 'vi'], { cost });
  }
  // mini without --as-of: the as-of date comes from the data.
  add('fixtures/mini', 'as-of-from-data', [
    ...reconcile(['fixtures/mini/electronic.csv'], ['fixtures/mini/paper.csv']),
  ]);
  add('fixtures/mini', 'as-of-from-data-json', [
    ...reconcile(['fixtures/mini/electronic.csv'], ['fixtures/mini/paper.csv']),
    '--format',
    'json',
  ]);

  // ---- district: every audit option once.
  const district = [
    ...reconcile(['fixtures/district/electronic.csv'], ['fixtures/district/paper.csv']),
    '--as-of',
    '2024-12-31',
  ];
  const districtRuns = [
    ['denominator-due', ['--denominator', 'due', '--format', 'json']],
    ['denominator-workload', ['--denominator', 'workload', '--format', 'csv']],
    ['denominator-qd766', ['--denominator', 'qd766', '--lang', 'vi']],
    ['denominator-resolved', ['--denominator', 'resolved', '--format', 'markdown']],
    ['result-date-completed', ['--result-date', 'completed', '--format', 'json']],
    ['result-date-returned', ['--result-date', 'returned', '--format', 'json', '--dossiers', 'dossiers.json']],
    ['result-date-auto', ['--result-date', 'auto', '--format', 'table']],
    ['period-q2', ['--from', '2024-04-01', '--to', '2024-06-30', '--format', 'json']],
    ['period-from', ['--from', '2024-07-01', '--format', 'table', '--lang', 'vi']],
    ['period-to-as-of', ['--to', '2024-10-31', '--format', 'json', '--dossiers', 'dossiers.csv']],
    ['period-as-of-early', ['--as-of', '2024-06-15', '--format', 'json']],
    ['fail-on-any', ['--fail-on', 'any', '--format', 'json']],
    ['fail-on-masked', ['--fail-on', 'masked-late']],
    ['fail-on-absent-kinds', ['--fail-on', 'due-date-extended,apology-late', '--format', 'ndjson']],
    ['gate-late-fails', ['--max-late-rate', '2', '--format', 'json']],
    ['gate-late-passes', ['--max-late-rate', '50']],
    ['gate-masked-unit', ['--max-masked-late', '5', '--gate-scope', 'unit', '--format', 'json']],
    ['gate-coverage', ['--min-coverage', '99.5', '--lang', 'vi']],
    [
      'gate-all-unit-md',
      ['--max-late-rate', '3', '--min-coverage', '50', '--gate-scope', 'unit', '--format', 'markdown'],
    ],
    ['gate-html', ['--max-masked-late', '0', '--format', 'html', '--output', 'report.html']],
    ['gate-xlsx', ['--max-late-rate', '1', '--format', 'xlsx', '--output', 'report.xlsx', '--lang', 'vi']],
    [
      'delimiter-semicolon',
      ['--format', 'csv', '--delimiter', ';', '--lang', 'vi', '--output', 'units.csv', '--details', 'findings.csv'],
    ],
    ['delimiter-tab', ['--format', 'csv', '--delimiter', 'tab', '--details', 'details.csv']],
    ['delimiter-pipe', ['--format', 'csv', '--delimiter', '|', '--dossiers', 'dossiers.csv']],
    ['decimal-comma', ['--decimal', 'comma', '--format', 'csv']],
    ['decimal-dot-semicolon', ['--decimal', 'dot', '--delimiter', ';', '--format', 'csv']],
    ['decimal-comma-table-en', ['--decimal', 'comma']],
    ['no-bom', ['--format', 'csv', '--no-bom', '--output', 'report.csv', '--details', 'details.csv']],
    ['bom-stdout', ['--format', 'csv', '--bom']],
    ['max-errors-0', ['--max-errors', '0', '--format', 'json']],
    ['unit-name-ignored', ['--unit-name', 'Không dùng', '--format', 'json']],
    ['threads-1', ['--format', 'json', '--dossiers', 'dossiers.json', '--details', 'details.csv'], THREADS[1]],
    ['threads-2', ['--format', 'json', '--dossiers', 'dossiers.json', '--details', 'details.csv'], THREADS[2]],
    ['threads-2-xlsx', ['--format', 'xlsx', '--output', 'report.xlsx'], THREADS[2]],
    ['ndjson-vi', ['--format', 'ndjson', '--lang', 'vi']],
    ['html-en', ['--format', 'html']],
    ['markdown-vi', ['--format', 'markdown', '--lang', 'vi']],
    ['xlsx-stdout', ['--format', 'xlsx']],
  ];
  for (const [name, extra, env] of districtRuns)
    add('fixtures/district', name, [...district, ...extra], {
      env: env ?? {},
      cost: 1,
      quick: ['gate-masked-unit', 'period-q2', 'denominator-qd766', 'threads-2'].includes(name),
    });

  // ---- tet-2024: working days, the catalogue, the calendar override, supplement waits.
  const tet = [
    ...reconcile(['fixtures/tet-2024/electronic.csv'], ['fixtures/tet-2024/paper.csv']),
    '--as-of',
    '2025-09-05',
    '--procedures',
    'fixtures/tet-2024/procedures.csv',
  ];
  const cal = ['--calendar', 'fixtures/tet-2024/calendar.json'];
  const tetRuns = [
    ['calendar-json', [...cal, '--format', 'json', '--dossiers', 'dossiers.json'], true],
    ['calendar-table-vi', [...cal, '--lang', 'vi']],
    ['calendar-dossiers-csv', [...cal, '--format', 'csv', '--dossiers', 'dossiers.csv', '--details', 'details.csv']],
    ['catalogue-json', ['--format', 'json', '--details', 'details.csv']],
    ['denominator-due', ['--denominator', 'due', '--format', 'json']],
    ['denominator-workload', ['--denominator', 'workload', '--format', 'csv', '--decimal', 'comma']],
    ['denominator-qd766', ['--denominator', 'qd766', '--format', 'json', '--lang', 'vi']],
    ['result-date-completed', ['--result-date', 'completed', '--format', 'json']],
    ['result-date-returned', ['--result-date', 'returned', '--format', 'markdown']],
    ['period-2024', ['--from', '2024-01-01', '--to', '2024-12-31', '--format', 'json']],
    ['as-of-tet', ['--as-of', '2024-02-16', '--format', 'json', '--dossiers', 'dossiers.csv']],
    ['fail-on-working-day-kinds', ['--fail-on', 'apology-late,missed-new-date,due-date-extended,due-date-too-short']],
    ['xlsx', [...cal, '--format', 'xlsx', '--output', 'report.xlsx', '--lang', 'vi']],
  ];
  for (const [name, extra, quick] of tetRuns)
    add('fixtures/tet-2024', name, [...tet, ...extra], { quick: quick === true });
  add('fixtures/tet-2024', 'stats-with-calendar', [
    'stats',
    'fixtures/tet-2024/electronic.csv',
    '--as-of',
    '2025-09-05',
    ...cal,
    '--procedures',
    'fixtures/tet-2024/procedures.csv',
    '--format',
    'json',
    '--dossiers',
    'dossiers.json',
  ]);

  // ---- fixtures/ingest: stats and validate on each folder, with the options its README uses.
  const ingestDir = join(root, 'fixtures/ingest');
  const folders = readdirSync(ingestDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(ingestDir, d.name, 'dossiers.csv')))
    .map((d) => d.name)
    .sort();
  const REFUSED = new Set([
    'tcvn3',
    'vni',
    'mojibake',
    'unclosed-quote',
    'binary',
    'xlsx',
    'empty',
    'header-only',
    'no-header',
    'month-first-due',
  ]);
  for (const folder of folders) {
    const file = `fixtures/ingest/${folder}/dossiers.csv`;
    const group = `ingest/${folder}`;
    const more = {};
    let extra = [];
    if (folder === 'windows-1258') extra = ['--encoding', 'windows-1258'];
    if (folder === 'register-layout') extra = ['--source', 'paper'];
    if (folder === 'config-file')
      more.setup = { 'tthc-audit.config.json': `fixtures/ingest/${folder}/tthc-audit.config.json` };
    const k = folders.indexOf(folder);
    add(group, 'stats-json', ['stats', file, '--format', 'json', '--as-of', '2024-04-30', ...extra], {
      ...more,
      quick: true,
    });
    // A refused file gives one message: once in each language is enough.
    if (!REFUSED.has(folder))
      add(group, 'stats-table-vi', ['stats', file, '--as-of', '2024-04-30', '--lang', 'vi', ...extra], more);
    if (k % 2 === 0 && !REFUSED.has(folder)) add(group, 'validate', ['validate', file, ...extra], more);
    else add(group, 'validate-json-vi', ['validate', file, '--format', 'json', '--lang', 'vi', ...extra], more);
    if (!REFUSED.has(folder) && folder !== 'tidy') {
      // The variant as the paper side of the tidy file: the same reader on the other source.
      add(
        group,
        'as-paper-of-tidy',
        [
          ...reconcile(['fixtures/ingest/tidy/dossiers.csv'], [file]),
          '--as-of',
          '2024-04-30',
          '--format',
          'json',
          ...extra.filter((a) => a !== '--source' && a !== 'paper'),
        ],
        more,
      );
    }
  }
  add('ingest/windows-1258', 'without-encoding', [
    'stats',
    'fixtures/ingest/windows-1258/dossiers.csv',
    '--as-of',
    '2024-04-30',
  ]);
  add('ingest/windows-1258', 'validate-without-encoding', ['validate', 'fixtures/ingest/windows-1258/dossiers.csv']);
  add('ingest/tcvn3', 'with-encoding', [
    'stats',
    'fixtures/ingest/tcvn3/dossiers.csv',
    '--encoding',
    'tcvn3',
    '--format',
    'json',
    '--as-of',
    '2024-04-30',
  ]);
  add('ingest/vni', 'with-encoding', [
    'stats',
    'fixtures/ingest/vni/dossiers.csv',
    '--encoding',
    'vni',
    '--format',
    'json',
    '--as-of',
    '2024-04-30',
  ]);
  add('ingest/config-file', 'without-config', [
    'stats',
    'fixtures/ingest/config-file/dossiers.csv',
    '--as-of',
    '2024-04-30',
  ]);
  add('ingest/config-file', 'explicit-config', [
    'stats',
    'fixtures/ingest/config-file/dossiers.csv',
    '--config',
    'fixtures/ingest/config-file/tthc-audit.config.json',
    '--format',
    'json',
    '--as-of',
    '2024-04-30',
  ]);
  for (const [name, extra] of [
    ['max-errors-4', ['--max-errors', '4', '--format', 'json']],
    ['max-errors-4-rejects', ['--max-errors', '4', '--rejects', 'rejects.csv', '--lang', 'vi']],
    ['max-errors-pct', ['--max-errors', '30%', '--format', 'csv', '--rejects', 'rejects.csv', '--delimiter', ';']],
  ])
    add(
      'ingest/bad-rows',
      name,
      ['stats', 'fixtures/ingest/bad-rows/dossiers.csv', '--as-of', '2024-04-30', ...extra],
      {
        quick: name === 'max-errors-4',
      },
    );
  add('ingest/bad-rows', 'validate-max-errors-4', [
    'validate',
    'fixtures/ingest/bad-rows/dossiers.csv',
    '--max-errors',
    '4',
    '--rejects',
    'rejects.csv',
  ]);
  for (const format of ['json', 'table', 'csv']) {
    add(
      'ingest/register-layout',
      `reconcile-with-tidy-${format}`,
      [
        ...reconcile(['fixtures/ingest/tidy/dossiers.csv'], ['fixtures/ingest/register-layout/dossiers.csv']),
        '--as-of',
        '2024-04-30',
        '--format',
        format,
        '--rejects',
        'rejects.csv',
      ],
      { quick: format === 'json' },
    );
  }
  add('ingest/unknown-status', 'reconcile-with-tidy', [
    ...reconcile(['fixtures/ingest/unknown-status/dossiers.csv'], ['fixtures/ingest/tidy/dossiers.csv']),
    '--as-of',
    '2024-04-30',
    '--lang',
    'vi',
  ]);

  // ---- fixtures/hostile: electronic + .paper.csv where present; stats and validate otherwise.
  const hostileDir = join(root, 'fixtures/hostile');
  const hostile = readdirSync(hostileDir)
    .filter((f) => f.endsWith('.csv') && !f.endsWith('.paper.csv'))
    .sort();
  for (const f of hostile) {
    const e = `fixtures/hostile/${f}`;
    const stem = f.replace(/\.csv$/, '');
    const paper = `fixtures/hostile/${stem}.paper.csv`;
    const group = `hostile/${stem}`;
    const asOf = ['--as-of', '2024-12-31'];
    const allow =
      stem === 'applicant-pii' ? ['--max-errors', '1'] : stem === 'absurd-dates' ? ['--max-errors', '100%'] : [];
    if (existsSync(join(root, paper))) {
      FORMATS.forEach((format, i) => {
        const lang = i % 2 === 0 ? 'vi' : 'en';
        const outputs =
          format === 'json'
            ? ['--details', 'details.csv', '--dossiers', 'dossiers.json', '--rejects', 'rejects.csv']
            : format === 'csv'
              ? ['--dossiers', 'dossiers.csv', '--rejects', 'rejects.csv']
              : format === 'xlsx'
                ? ['--output', 'report.xlsx', '--details', 'details.csv']
                : [];
        add(
          group,
          `${format}-${lang}`,
          [...reconcile([e], [paper]), ...asOf, ...allow, '--format', format, '--lang', lang, ...outputs],
          {
            quick: format === 'json',
          },
        );
      });
      if (allow.length > 0) add(group, 'default-max-errors', [...reconcile([e], [paper]), ...asOf, '--format', 'json']);
    } else {
      // JSON and the table for each file; the other formats in turn (each format meets several files).
      const others = [
        ['stats-markdown', ['--format', 'markdown']],
        ['stats-html', ['--format', 'html', '--output', 'report.html', '--lang', 'vi']],
        ['stats-xlsx', ['--format', 'xlsx', '--output', 'report.xlsx']],
        ['stats-csv', ['--format', 'csv', '--details', 'details.csv', '--dossiers', 'dossiers.csv']],
        ['stats-ndjson', ['--format', 'ndjson', '--lang', 'vi']],
      ];
      const k = hostile.indexOf(f);
      for (const [name, extra] of [
        ['stats-json', ['--format', 'json', '--dossiers', 'dossiers.json', '--rejects', 'rejects.csv']],
        ['stats-table', ['--lang', 'vi']],
        others[k % others.length],
        others[(k + 2) % others.length],
      ])
        add(group, name, ['stats', e, ...asOf, ...allow, ...extra], { quick: name === 'stats-json' });
      add(group, 'against-formula-paper', [
        ...reconcile([e], ['fixtures/hostile/formula-injection.paper.csv']),
        ...asOf,
        ...allow,
        '--format',
        'json',
        '--details',
        'details.csv',
      ]);
      if (allow.length > 0) add(group, 'default-max-errors', ['stats', e, ...asOf]);
    }
    if (hostile.indexOf(f) % 2 === 0) add(group, 'validate', ['validate', e]);
    else
      add(group, 'validate-json-vi', ['validate', e, '--format', 'json', '--lang', 'vi', '--rejects', 'rejects.csv']);
  }
  add('hostile/proto-pollution-headers', 'map-unit-toString', [
    ...reconcile(
      ['fixtures/hostile/proto-pollution-headers.csv'],
      ['fixtures/hostile/proto-pollution-headers.paper.csv'],
    ),
    '--as-of',
    '2024-12-31',
    '--map',
    'unit=toString',
    '--format',
    'json',
  ]);
  add('hostile/applicant-pii', 'rejects-max-errors-1', [
    'stats',
    'fixtures/hostile/applicant-pii.paper.csv',
    '--source',
    'paper',
    '--as-of',
    '2024-12-31',
    '--max-errors',
    '1',
    '--rejects',
    'rejects.csv',
  ]);

  // ---- The command line itself: help, version, usage errors, the calendar command.
  const mini = reconcile(['fixtures/mini/electronic.csv'], ['fixtures/mini/paper.csv']);
  const vi = { LANG: 'vi_VN.UTF-8' };
  const cli = [
    ['version', ['--version']],
    ['help', ['--help']],
    ['help-vi', ['--help'], vi],
    ['reconcile-help', ['reconcile', '--help']],
    ['reconcile-help-vi', ['reconcile', '--help', '--lang', 'vi']],
    ['stats-help', ['stats', '--help']],
    ['validate-help-vi', ['validate', '--help'], vi],
    ['calendar-help', ['calendar', '--help']],
    ['no-command', []],
    ['unknown-command', ['audit']],
    ['missing-paper', ['reconcile', '--electronic', 'fixtures/mini/electronic.csv']],
    ['missing-paper-vi', ['reconcile', '--electronic', 'fixtures/mini/electronic.csv', '--lang', 'vi']],
    ['stats-no-file', ['stats']],
    ['no-such-file', ['stats', 'fixtures/mini/nope.csv']],
    ['no-such-file-vi', ['stats', 'fixtures/mini/nope.csv', '--lang', 'vi']],
    ['folder-as-input', ['stats', 'fixtures/mini']],
    ['bad-as-of', [...mini, '--as-of', '2024-13-01']],
    ['bad-as-of-vi', [...mini, '--as-of', '31/12/2024', '--lang', 'vi']],
    ['from-after-to', [...mini, '--from', '2024-05-01', '--to', '2024-04-01']],
    ['bad-format', [...mini, '--format', 'pdf']],
    ['bad-fail-on', [...mini, '--fail-on', 'masked-late,nonsense']],
    ['bad-max-errors', [...mini, '--max-errors', 'many']],
    ['bad-delimiter', [...mini, '--delimiter', 'x']],
    ['bad-input-delimiter', [...mini, '--input-delimiter', 'ab']],
    ['bad-map', [...mini, '--map', 'colour=Màu']],
    ['bad-denominator', [...mini, '--denominator', 'all']],
    ['bad-gate', [...mini, '--max-late-rate', '101']],
    ['bad-gate-vi', [...mini, '--max-masked-late', '1.5', '--lang', 'vi']],
    ['bad-lang', [...mini, '--lang', 'fr']],
    ['unknown-option', [...mini, '--frobnicate']],
    ['bad-encoding', [...mini, '--encoding', 'klingon']],
    ['calendar-not-json', [...mini, '--calendar', 'fixtures/mini/electronic.csv']],
    ['catalogue-not-a-catalogue', [...mini, '--procedures', 'fixtures/mini/paper.csv']],
    ['no-such-config', [...mini, '--config', 'nope.json']],
    ['config-not-json', [...mini, '--config', 'fixtures/mini/paper.csv']],
    ['outputs-collide', [...mini, '--format', 'csv', '--output', 'out.csv', '--details', 'out.csv']],
    ['output-is-input', [...mini, '--output', 'fixtures/mini/electronic.csv']],
    ['output-is-folder', [...mini, '--output', 'fixtures']],
    ['debug-flag', [...mini, '--debug', '--format', 'json']],
    ['no-color-flag', [...mini, '--no-color']],
    ['force-flag', [...mini, '--force', '--format', 'csv', '--output', 'report.csv']],
    ['calendar-2024', ['calendar', '--year', '2024']],
    ['calendar-2025-json-vi', ['calendar', '--year', '2025', '--format', 'json', '--lang', 'vi']],
    ['calendar-2019-rules', ['calendar', '--year', '2019']],
    ['calendar-2031-vi', ['calendar', '--year', '2031', '--lang', 'vi']],
    ['calendar-due', ['calendar', '--received', '2024-02-02', '--working-days', '5']],
    ['calendar-due-json', ['calendar', '--received', '2024-02-07', '--working-days', '3', '--format', 'json', ...cal]],
    ['calendar-override', ['calendar', '--year', '2024', ...cal, '--format', 'json']],
    ['calendar-bad', ['calendar', '--received', '2024-02-30', '--working-days', '-1']],
  ];
  for (const [name, argv, env] of cli)
    add('cli', name, argv, { env: env ?? {}, quick: ['help', 'bad-as-of', 'calendar-due-json'].includes(name) });

  // ---- Generated datasets.
  datasets.forEach((ds, d) => {
    const group = `gen/${ds.name}`;
    const more = { datasets: [ds.name], cost: Math.max(0.5, ds.size / 40000) };
    const base = ['--as-of', ds.asOf, ...ds.args];
    const readArgs = readArgsOf(ds.args);
    if (ds.name.startsWith('big-') || ds.name === 'mid-threads') {
      bigCases(ds, group, more, base, readArgs, add);
      return;
    }
    const targeted = ds.name.startsWith('t-');
    const k = targeted ? 6 : 4;
    for (let j = 0; j < k; j++) {
      const format = FORMATS[(d * 3 + j) % FORMATS.length];
      const lang = (d + j) % 2 === 0 ? 'en' : 'vi';
      const extra = EXTRAS[(d * k + j) % EXTRAS.length];
      const outputs = withReport(OUTPUTS[(d * 2 + j) % OUTPUTS.length], format);
      const env = THREADS[(d + 2 * j) % THREADS.length];
      add(
        group,
        `reconcile-${j + 1}-${format}-${lang}`,
        [...reconcile(ds.electronic, ds.paper), ...base, '--format', format, '--lang', lang, ...extra, ...outputs],
        {
          ...more,
          env,
          quick: j === 0 && (targeted || d % 5 === 0),
        },
      );
    }
    const sFormat = FORMATS[(d + 2) % FORMATS.length];
    add(
      group,
      `stats-electronic-${sFormat}`,
      ['stats', ...ds.electronic, ...base, '--format', sFormat, ...withReport(OUTPUTS[d % OUTPUTS.length], sFormat)],
      more,
    );
    add(
      group,
      'stats-paper',
      ['stats', ...ds.paper, '--source', 'paper', ...base, '--format', 'json', '--lang', d % 2 ? 'en' : 'vi'],
      more,
    );
    add(
      group,
      'validate-electronic',
      ['validate', ...ds.electronic, ...readArgs, ...(d % 3 === 0 ? ['--format', 'json'] : [])],
      more,
    );
    add(
      group,
      'validate-paper',
      [
        'validate',
        ...ds.paper,
        '--source',
        'paper',
        ...readArgs,
        '--lang',
        d % 2 ? 'vi' : 'en',
        '--rejects',
        'rejects.csv',
      ],
      more,
    );
    if (d % 4 === 1)
      add(
        group,
        'validate-period',
        [
          'validate',
          ...ds.electronic,
          ...readArgs,
          '--from',
          '2024-01-01',
          '--to',
          '2024-06-30',
          '--max-errors',
          '100%',
        ],
        more,
      );
  });
  return cases;
}

/** The large datasets: few runs each, chosen for the paths only size takes (threads, the hand-over). */
function bigCases(ds, group, more, base, readArgs, add) {
  const both = reconcile(ds.electronic, ds.paper);
  const runs = {
    'mid-threads': [
      [
        'reconcile-json',
        [...both, '--format', 'json', '--dossiers', 'dossiers.json', '--details', 'details.csv'],
        {},
        true,
      ],
      [
        'reconcile-json-threads-1',
        [...both, '--format', 'json', '--dossiers', 'dossiers.json', '--details', 'details.csv'],
        THREADS[1],
      ],
      [
        'reconcile-csv-threads-2',
        [...both, '--format', 'csv', '--dossiers', 'dossiers.json', '--rejects', 'rejects.csv'],
        THREADS[2],
        true,
      ],
      ['stats-paper-table-vi', ['stats', ...ds.paper, '--source', 'paper', '--lang', 'vi'], {}],
    ],
    'big-clean': [
      ['reconcile-json', [...both, '--format', 'json', '--dossiers', 'dossiers.json', '--details', 'details.csv'], {}],
      ['reconcile-table-vi-threads-1', [...both, '--lang', 'vi'], THREADS[1]],
    ],
    'big-messy': [
      [
        'reconcile-json',
        [
          ...both,
          '--format',
          'json',
          '--dossiers',
          'dossiers.json',
          '--details',
          'details.csv',
          '--rejects',
          'rejects.csv',
        ],
        {},
      ],
      [
        'reconcile-json-threads-1',
        [...both, '--format', 'json', '--details', 'details.csv', '--rejects', 'rejects.csv'],
        THREADS[1],
      ],
      [
        'validate-paper-json',
        ['validate', ...ds.paper, '--source', 'paper', '--format', 'json', '--max-errors', '1%'],
        {},
      ],
    ],
    'big-bad-utf8': [
      ['stats', ['stats', ...ds.electronic, '--format', 'json'], {}],
      ['validate', ['validate', ...ds.electronic], {}],
    ],
  }[ds.name];
  for (const [name, argv, env, quick] of runs) {
    const isValidate = argv[0] === 'validate';
    add(group, name, [...argv, ...(isValidate ? readArgs : base)], { ...more, env, quick: quick === true });
  }
}
