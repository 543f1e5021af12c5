/**
 * Built-in working-day calendar data: the days off and swapped working days that each year's
 * government notice fixed for public servants (cán bộ, công chức, viên chức), 2020–2026.
 *
 * Only exceptions are listed: weekdays that are off, and Saturdays/Sundays that are worked. Weekend
 * days inside a break are off anyway and are not listed. A year listed here is complete: the rules in
 * `rules.ts` are not consulted for it, so every weekday off of the year must appear.
 *
 * Sources: fixed holidays falling on a weekday need no notice (Labour Code); Tết breaks, the day next
 * to 2/9, and swaps come from the yearly notice of the Ministry of Labour (Bộ LĐTBXH, until 2025) or
 * the Ministry of Home Affairs (Bộ Nội vụ, from March 2025). Where the notice number or a day was
 * written from memory and not checked against the notice, the source says "(verify)". Users can
 * correct any day with a `--calendar` file, which wins over this table.
 */
import type { CalendarEntry } from './calendar-entry.js';

/** Bumped whenever an entry changes: year + revision. */
export const CALENDAR_DATA_VERSION = '2026.3';

/** Years this table covers completely. */
export const BUILT_IN_YEARS: readonly number[] = [2020, 2021, 2022, 2023, 2024, 2025, 2026];

const LAW_2012 = 'Bộ luật Lao động 2012, Điều 115';
const LAW_2019 = 'Bộ luật Lao động 2019, Điều 112';
const LAW_2019_COMP = 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)';

const off = (date: string, name: string, nameVi: string, source: string): CalendarEntry => ({
  date,
  kind: 'off',
  name,
  nameVi,
  source,
});
const working = (date: string, name: string, nameVi: string, source: string): CalendarEntry => ({
  date,
  kind: 'working',
  name,
  nameVi,
  source,
});

const NEW_YEAR = ['New Year', 'Tết Dương lịch'] as const;
const NEW_YEAR_COMP = ['New Year (compensatory day)', 'Nghỉ bù Tết Dương lịch'] as const;
const TET = ['Tết holiday', 'Nghỉ Tết Nguyên đán'] as const;
const TET_COMP = ['Tết (compensatory day)', 'Nghỉ bù Tết Nguyên đán'] as const;
const HUNG = ['Hùng Kings Commemoration', 'Giỗ Tổ Hùng Vương'] as const;
const HUNG_COMP = ['Hùng Kings Commemoration (compensatory day)', 'Nghỉ bù Giỗ Tổ Hùng Vương'] as const;
const REUNIFICATION = ['Reunification Day', 'Ngày Chiến thắng 30/4'] as const;
const LABOUR = ['International Labour Day', 'Ngày Quốc tế Lao động 1/5'] as const;
const LABOUR_COMP = ['30/4–1/5 (compensatory day)', 'Nghỉ bù 30/4–1/5'] as const;
const NATIONAL = ['National Day', 'Quốc khánh 2/9'] as const;
const NATIONAL_ADJ = ['National Day (adjacent day)', 'Nghỉ liền kề Quốc khánh'] as const;
const NATIONAL_COMP = ['National Day (compensatory day)', 'Nghỉ bù Quốc khánh'] as const;
const BRIDGE = ['Bridge day (swapped with a working Saturday)', 'Nghỉ hoán đổi ngày làm việc'] as const;
const SWAPPED = ['Working Saturday (swapped for a bridge day)', 'Làm bù ngày nghỉ hoán đổi'] as const;

const TET_2020 = 'Bộ LĐTBXH, thông báo nghỉ Tết Canh Tý 2020 (verify number)';
const TET_2021 = 'Bộ LĐTBXH, thông báo nghỉ Tết Âm lịch và Quốc khánh 2021 (verify number)';
const TET_2022 = 'Bộ LĐTBXH, thông báo nghỉ Tết Âm lịch và Quốc khánh 2022 (verify number)';
const TET_2023 = 'Thông báo 4403/TB-LĐTBXH, Tết Âm lịch và Quốc khánh 2023 (verify)';
const TET_2024 = 'Thông báo 6150/TB-LĐTBXH (24/11/2023), Tết Âm lịch và Quốc khánh 2024';
const SWAP_2024 = 'Bộ LĐTBXH, hoán đổi ngày làm việc dịp 30/4–1/5/2024 (verify)';
const NATIONAL_2025 = 'Bộ LĐTBXH, thông báo nghỉ Tết Âm lịch và Quốc khánh 2025 (verify number)';
const TET_2025 =
  'Văn bản 8726/VPCP-KGVX ngày 26/11/2024 (verify number): Tết Âm lịch 2025 nghỉ thứ Hai 27/1 – thứ Sáu 31/1, ' +
  'không làm bù (đối chiếu: SGGP 27/11/2024)';
const SWAP_2025 = 'Bộ Nội vụ, hoán đổi ngày làm việc dịp 30/4–1/5/2025 (verify number)';
const NEW_YEAR_2026 = 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ 1/1–4/1/2026, làm bù thứ Bảy 10/1/2026';
const TET_2026 = 'Thông báo 9441/TB-BNV ngày 16/10/2025, Tết Âm lịch và Quốc khánh 2026';
// Checked (December 2026) against the Ministry of Home Affairs' announcement as published: Vietnam News,
// 17/10/2025, "Ministry of Home Affairs announces 2026 holiday schedule for Lunar New Year, National Day"
// — five days off Sat 29/8 – Wed 2/9/2026, "employees will work on Saturday, August 22, in compensation
// for Monday, August 31"; the ministry's proposal of 2/10/2025 (Thanh Niên) names the same swap. The
// notice's text and number were not found: the number stays marked "verify number".
const NATIONAL_2026 =
  'Thông báo 9441/TB-BNV ngày 16/10/2025 (verify number): Quốc khánh 2026 nghỉ thứ Bảy 29/8 – thứ Tư 2/9, ' +
  'thứ Hai 31/8 hoán đổi với thứ Bảy 22/8 (ngày nghỉ đã đối chiếu: Bộ Nội vụ công bố, Vietnam News 17/10/2025)';

export const BUILT_IN_ENTRIES: readonly CalendarEntry[] = [
  // 2020 — Labour Code 2012: National Day is one day only. Tết Sat 25/1: break Thu 23/1 – Wed 29/1.
  off('2020-01-01', ...NEW_YEAR, LAW_2012),
  off('2020-01-23', ...TET_COMP, TET_2020),
  off('2020-01-24', ...TET, TET_2020),
  off('2020-01-27', ...TET, TET_2020),
  off('2020-01-28', ...TET, TET_2020),
  off('2020-01-29', ...TET_COMP, TET_2020),
  off('2020-04-02', ...HUNG, LAW_2012),
  off('2020-04-30', ...REUNIFICATION, LAW_2012),
  off('2020-05-01', ...LABOUR, LAW_2012),
  off('2020-09-02', ...NATIONAL, LAW_2012),

  // 2021 — Tết Fri 12/2: break Wed 10/2 – Tue 16/2 (verify). 1/5 Sat → Mon 3/5. 2/9 Thu + Fri 3/9.
  off('2021-01-01', ...NEW_YEAR, LAW_2019),
  off('2021-02-10', ...TET_COMP, TET_2021),
  off('2021-02-11', ...TET, TET_2021),
  off('2021-02-12', ...TET, TET_2021),
  off('2021-02-15', ...TET, TET_2021),
  off('2021-02-16', ...TET_COMP, TET_2021),
  off('2021-04-21', ...HUNG, LAW_2019),
  off('2021-04-30', ...REUNIFICATION, LAW_2019),
  off('2021-05-03', ...LABOUR_COMP, LAW_2019_COMP),
  off('2021-09-02', ...NATIONAL, LAW_2019),
  off('2021-09-03', ...NATIONAL_ADJ, TET_2021),

  // 2022 — 1/1 Sat → Mon 3/1. Tết Tue 1/2: Mon 31/1 – Fri 4/2. Hùng Kings Sun 10/4 → Mon 11/4.
  // 30/4 Sat, 1/5 Sun → Mon 2/5, Tue 3/5. 2/9 Fri + Thu 1/9.
  off('2022-01-03', ...NEW_YEAR_COMP, LAW_2019_COMP),
  off('2022-01-31', ...TET, TET_2022),
  off('2022-02-01', ...TET, TET_2022),
  off('2022-02-02', ...TET, TET_2022),
  off('2022-02-03', ...TET, TET_2022),
  off('2022-02-04', ...TET, TET_2022),
  off('2022-04-11', ...HUNG_COMP, LAW_2019_COMP),
  off('2022-05-02', ...LABOUR_COMP, LAW_2019_COMP),
  off('2022-05-03', ...LABOUR_COMP, LAW_2019_COMP),
  off('2022-09-01', ...NATIONAL_ADJ, TET_2022),
  off('2022-09-02', ...NATIONAL, LAW_2019),

  // 2023 — 1/1 Sun → Mon 2/1. Tết Sun 22/1: break Fri 20/1 – Thu 26/1. Hùng Kings Sat 29/4,
  // 30/4 Sun, 1/5 Mon → Tue 2/5, Wed 3/5. 2/9 Sat + Fri 1/9 → Mon 4/9.
  off('2023-01-02', ...NEW_YEAR_COMP, LAW_2019_COMP),
  off('2023-01-20', ...TET_COMP, TET_2023),
  off('2023-01-23', ...TET, TET_2023),
  off('2023-01-24', ...TET, TET_2023),
  off('2023-01-25', ...TET, TET_2023),
  off('2023-01-26', ...TET_COMP, TET_2023),
  off('2023-05-01', ...LABOUR, LAW_2019),
  off('2023-05-02', ...HUNG_COMP, LAW_2019_COMP),
  off('2023-05-03', ...LABOUR_COMP, LAW_2019_COMP),
  off('2023-09-01', ...NATIONAL_ADJ, TET_2023),
  off('2023-09-04', ...NATIONAL_COMP, TET_2023),

  // 2024 — Tết Sat 10/2: break Thu 8/2 – Wed 14/2. 30/4 Tue, 1/5 Wed: Mon 29/4 off, worked Sat 4/5.
  // 2/9 Mon + Tue 3/9.
  off('2024-01-01', ...NEW_YEAR, LAW_2019),
  off('2024-02-08', ...TET_COMP, TET_2024),
  off('2024-02-09', ...TET, TET_2024),
  off('2024-02-12', ...TET, TET_2024),
  off('2024-02-13', ...TET, TET_2024),
  off('2024-02-14', ...TET_COMP, TET_2024),
  off('2024-04-18', ...HUNG, LAW_2019),
  off('2024-04-29', ...BRIDGE, SWAP_2024),
  off('2024-04-30', ...REUNIFICATION, LAW_2019),
  off('2024-05-01', ...LABOUR, LAW_2019),
  working('2024-05-04', ...SWAPPED, SWAP_2024),
  off('2024-09-02', ...NATIONAL, LAW_2019),
  off('2024-09-03', ...NATIONAL_ADJ, TET_2024),

  // 2025 — Tết Wed 29/1: the five Tết days are Mon 27/1 – Fri 31/1, with the weekends either side a
  // nine-day break Sat 25/1 – Sun 2/2; no bridge day and no working Saturday. Checked against published
  // reports of the Prime Minister's approval (Government Office, 26/11/2024; letter 8726/VPCP-KGVX as
  // cited by pld.net.vn): SGGP, 27/11/2024, "Prime Minister approves 9-day Tet break for 2025" — "a 5-day
  // Tet holiday from January 27 to 31 … and two additional days off before and after (January 25-26 and
  // February 1-2)". Until data 2026.3 this year had Mon 27/1 as a bridge day worked back on Sat 8/2,
  // from memory: Sat 8/2/2025 counted as a working day.
  // 30/4 Wed, 1/5 Thu: Fri 2/5 off, worked Sat 26/4. 2/9 Tue + Mon 1/9.
  off('2025-01-01', ...NEW_YEAR, LAW_2019),
  off('2025-01-27', ...TET, TET_2025),
  off('2025-01-28', ...TET, TET_2025),
  off('2025-01-29', ...TET, TET_2025),
  off('2025-01-30', ...TET, TET_2025),
  off('2025-01-31', ...TET, TET_2025),
  off('2025-04-07', ...HUNG, LAW_2019),
  working('2025-04-26', ...SWAPPED, SWAP_2025),
  off('2025-04-30', ...REUNIFICATION, LAW_2019),
  off('2025-05-01', ...LABOUR, LAW_2019),
  off('2025-05-02', ...BRIDGE, SWAP_2025),
  off('2025-09-01', ...NATIONAL_ADJ, NATIONAL_2025),
  off('2025-09-02', ...NATIONAL, LAW_2019),

  // 2026 — 1/1 Thu (Fri 2/1 swapped with Sat 10/1). Tết Tue 17/2: break Sat 14/2 – Sun 22/2.
  // Hùng Kings Sun 26/4 → Mon 27/4. 30/4 Thu, 1/5 Fri. 2/9 Wed + Tue 1/9; Mon 31/8 off, worked Sat 22/8.
  off('2026-01-01', ...NEW_YEAR, LAW_2019),
  off('2026-01-02', ...BRIDGE, NEW_YEAR_2026),
  working('2026-01-10', ...SWAPPED, NEW_YEAR_2026),
  off('2026-02-16', ...TET, TET_2026),
  off('2026-02-17', ...TET, TET_2026),
  off('2026-02-18', ...TET, TET_2026),
  off('2026-02-19', ...TET, TET_2026),
  off('2026-02-20', ...TET, TET_2026),
  off('2026-04-27', ...HUNG_COMP, LAW_2019_COMP),
  off('2026-04-30', ...REUNIFICATION, LAW_2019),
  off('2026-05-01', ...LABOUR, LAW_2019),
  working('2026-08-22', ...SWAPPED, NATIONAL_2026),
  off('2026-08-31', ...BRIDGE, NATIONAL_2026),
  off('2026-09-01', ...NATIONAL_ADJ, NATIONAL_2026),
  off('2026-09-02', ...NATIONAL, LAW_2019),
];
