/**
 * How nginx reads one argument of the common kinds, as validity tests (overflow is not checked: a
 * value too large to read is left to nginx -t). Which directive takes which kind, and nginx's message
 * when it refuses a value, come from directives-nginx.json (asked of nginx by scripts/ask-nginx.mjs).
 */

/** The kinds of argument directives-nginx.json knows. */
export type ValueKind = 'flag' | 'number' | 'size' | 'offset' | 'msec' | 'sec';

/** nginx: ngx_conf_set_flag_slot in src/core/ngx_conf_file.c (`on` or `off`, any case). */
const FLAG = /^(?:on|off)$/i;
/** nginx: ngx_atoi in src/core/ngx_string.c (digits only, no sign). */
const NUMBER = /^\d+$/;
/** nginx: ngx_parse_size in src/core/ngx_parse.c (digits, then k or m in either case). */
const SIZE = /^(\d+)([kKmM]?)$/;
/** nginx: ngx_parse_offset in src/core/ngx_parse.c (digits, then k, m or g in either case). */
const OFFSET = /^\d+[kKmMgG]?$/;

/**
 * A size as nginx reads one, in bytes (`8k` is 8192), or undefined when nginx refuses it.
 * nginx: ngx_parse_size in src/core/ngx_parse.c (k and m only: `1g` is refused).
 */
export function parseSize(v: string): number | undefined {
  const m = SIZE.exec(v);
  if (!m) return undefined;
  const unit = m[2].toLowerCase();
  return Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 * 1024 : 1);
}

/**
 * True when nginx reads `v` as a value of `kind`.
 * @param v the argument as nginx unescapes it (quotes removed)
 */
export function validValue(kind: ValueKind, v: string): boolean {
  switch (kind) {
    case 'flag':
      return FLAG.test(v);
    case 'number':
      return NUMBER.test(v);
    case 'size':
      return SIZE.test(v);
    case 'offset':
      return OFFSET.test(v);
    case 'msec':
      return validTime(v, false);
    case 'sec':
      return validTime(v, true);
  }
}

// the units of a time in the order they must come (each at most once)
const START = 0;
const YEAR = 1;
const MONTH = 2;
const WEEK = 3;
const DAY = 4;
const HOUR = 5;
const MIN = 6;
const SEC = 7;
const MSEC = 8;
const LAST = 9;

/**
 * The step each unit moves to: a unit at or before the current step is refused. A space is read
 * as a number's end once no seconds have come (SEC), and moves to LAST.
 */
const UNIT_STEP: Readonly<Record<string, number | undefined>> = { y: YEAR, M: MONTH, w: WEEK, d: DAY, h: HOUR, m: MIN, s: SEC, ms: MSEC, ' ': SEC };

/**
 * True when nginx reads `v` as a time: numbers each followed by a unit (y, M, w, d, h, m, s, ms),
 * units in that order and each once, spaces between them; a number without a unit is seconds. In
 * seconds (`sec`) `ms` is refused; in milliseconds neither `y` nor `M` is taken. A space right after
 * a number ends the units (`1 30` is read, `1s 30` too, `1s 30 5` not). At least one digit.
 * nginx: ngx_parse_time in src/core/ngx_parse.c (its steps st_start ... st_last).
 */
export function validTime(v: string, isSec: boolean): boolean {
  let step = isSec ? START : MONTH;
  let digits = false;
  let i = 0;
  while (i < v.length) {
    const c = v[i++];
    if (c >= '0' && c <= '9') {
      digits = true;
      continue;
    }
    const unit = c === 'm' && v[i] === 's' ? 'ms' : c;
    const at = UNIT_STEP[unit];
    // each unit once, in order; `ms` only in milliseconds; a space after a number ends the units
    if (at === undefined || step >= at || (unit === 'ms' && isSec)) return false;
    if (unit === 'ms') i++;
    step = unit === ' ' ? LAST : at;
    while (v[i] === ' ') i++;
  }
  return digits;
}
