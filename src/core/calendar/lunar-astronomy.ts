/**
 * The two astronomical quantities the Vietnamese lunar calendar is built from, after Hồ Ngọc Đức's
 * public algorithm (itself from Jean Meeus, "Astronomical Algorithms"): the day of the k-th new moon
 * and the 30-degree sector of the sun's longitude, both seen from a given time zone.
 *
 * Everything is in Julian day numbers (plain numbers, no `Date`). Precision is that of the published
 * algorithm: enough for whole days between roughly 1800 and 2200.
 */

const DEG = Math.PI / 180;

/** Julian day number at the Gregorian date's noon (JDN 2440588 is 1970-01-01). */
export const JDN_UNIX_EPOCH = 2440588;

/** Julian date (fractional, UT) of the k-th new moon after 1900-01-01 (k = 0 is near 1900-01-01). */
export function newMoonJd(k: number): number {
  const t = k / 1236.85; // Julian centuries since 1900 January 0.5
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DEG); // mean new moon
  const m = (359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3) * DEG; // sun's mean anomaly
  const mpr = (306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3) * DEG; // moon's mean anomaly
  const f = (21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3) * DEG; // moon's argument of latitude
  let c1 = (0.1734 - 0.000393 * t) * Math.sin(m) + 0.0021 * Math.sin(2 * m);
  c1 += -0.4068 * Math.sin(mpr) + 0.0161 * Math.sin(2 * mpr) - 0.0004 * Math.sin(3 * mpr);
  c1 += 0.0104 * Math.sin(2 * f) - 0.0051 * Math.sin(m + mpr) - 0.0074 * Math.sin(m - mpr);
  c1 += 0.0004 * Math.sin(2 * f + m) - 0.0004 * Math.sin(2 * f - m) - 0.0006 * Math.sin(2 * f + mpr);
  c1 += 0.001 * Math.sin(2 * f - mpr) + 0.0005 * Math.sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Julian day number of the local civil day on which the k-th new moon falls. */
export function newMoonDay(k: number, timeZone: number): number {
  return Math.floor(newMoonJd(k) + 0.5 + timeZone / 24);
}

/** The sun's apparent longitude in radians, normalised to [0, 2π), at Julian date `jd` (UT). */
export function sunLongitude(jd: number): number {
  const t = (jd - 2451545.0) / 36525; // Julian centuries since 2000-01-01 12:00 UT
  const t2 = t * t;
  const m = (357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2) * DEG; // mean anomaly
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2; // mean longitude, degrees
  let dl = (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(m);
  dl += (0.019993 - 0.000101 * t) * Math.sin(2 * m) + 0.00029 * Math.sin(3 * m);
  const l = (l0 + dl) * DEG;
  return l - 2 * Math.PI * Math.floor(l / (2 * Math.PI));
}

/**
 * Which 30-degree sector (0–11) the sun is in at local midnight starting day `jdn`. Sector 9 begins at
 * the winter solstice (270°); a lunar month in which the sector does not change has no major solar term.
 */
export function sunSector(jdn: number, timeZone: number): number {
  return Math.floor((sunLongitude(jdn - 0.5 - timeZone / 24) / Math.PI) * 6);
}
