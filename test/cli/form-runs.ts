/**
 * The form runs the tests share: the Dak Lak 2023 sample through `stats --form 06a`, and the hand-worked
 * department (fixtures/department-2024, fixtures/README.md) through `reconcile --form 06a`, by quarter.
 */
export const DAK_LAK = ['stats', 'fixtures/dak-lak-2023/electronic.csv', '--form', '06a', '--to', '2023-12-31'];
export const DEPT = [
  'reconcile',
  '--electronic',
  'fixtures/department-2024/electronic.csv',
  '--paper',
  'fixtures/department-2024/paper.csv',
  '--form',
  '06a',
];
export const Q1 = [...DEPT, '--from', '2024-01-01', '--to', '2024-03-31'];
export const Q2 = [...DEPT, '--from', '2024-04-01', '--to', '2024-06-30'];
