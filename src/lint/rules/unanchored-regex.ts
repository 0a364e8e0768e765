import type { Rule } from '../rule.js';
import { args, isRegexLocation, locationMatch, type Block } from '../model.js';

/**
 * A branch that ends in a file extension (a literal dot and then letters or digits, a class of
 * them, or a group of alternatives), closing parentheses allowed after it: `\.php`, `\.(php|phtml)`,
 * `\.[a-z0-9]+`. Without `$` after it, `/file.php.jpg` and `/file.php/x` match too.
 */
const EXTENSION_TAIL = /\\\.(?:\w+|\[[^\]]+\][+*]?|\((?:\?:)?\w+(?:\|\w+)*\))\)*$/;

/**
 * True when the branch's last literal dot stands outside any group with alternatives before it:
 * in `^/(static/|favicon\.ico)` the extension belongs to one alternative only, not to the regex.
 */
function extensionIsTail(branch: string): boolean {
  const at = branch.lastIndexOf('\\.');
  const alternation: boolean[] = []; // per open group: a | seen in it so far
  let inClass = false;
  for (let i = 0; i < at; i++) {
    const c = branch[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') alternation.push(false);
    else if (c === ')') alternation.pop();
    else if (c === '|' && alternation.length) alternation[alternation.length - 1] = true;
  }
  return !alternation.includes(true);
}

/**
 * A location that only refuses: a `return 4xx` of its own (the rewrite phase ends the request before
 * any content handler), or `deny all` with no `allow`. Matching more URIs refuses more there, so no
 * anchor is needed.
 */
function onlyRefuses(block: Block | undefined): boolean {
  if (!block) return false;
  let denyAll = false;
  for (const k of block.kids) {
    if (k.directive === 'return' && /^4\d\d$/.test(args(k)[0] ?? '')) return true;
    if (k.directive === 'allow') return false;
    if (k.directive === 'deny' && args(k)[0] === 'all') denyAll = true;
  }
  return denyAll;
}

/** The top-level alternatives of a regex (`a|b(c|d)` -> `a`, `b(c|d)`). */
function branches(re: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(re.slice(start, i));
      start = i + 1;
    }
  }
  out.push(re.slice(start));
  return out;
}

/** The first branch of `re` that ends in a file extension with no `$` after it, or undefined (one verdict per pattern). */
function unanchoredExtension(re: string): string | undefined {
  let v = verdicts.get(re);
  if (v === undefined) {
    v = branches(re).find((b) => EXTENSION_TAIL.test(b) && extensionIsTail(b)) ?? '';
    if (verdicts.size >= 4096) verdicts.clear();
    verdicts.set(re, v);
  }
  return v === '' ? undefined : v;
}
const verdicts = new Map<string, string>();

export const rule: Rule = {
  id: 'unanchored-regex',
  severity: 'warning',
  description: 'A location regex for a file extension with no "$" after it (`\\.php`): `/upload/x.php.jpg` matches too. Locations that only refuse (deny all, return 4xx) are left alone.',
  source: 'gixy unanchored_regex and gixy-next (LocationBlock.needs_anchor: an unanchored regex that ends in a file extension); nginx docs: location',
  create({ report }) {
    return {
      on: {
        location(d, at, file, block) {
          if (!isRegexLocation(at, d)) return;
          const { uri } = locationMatch(at, d);
          // most patterns: no literal dot, or one branch that ends with $ (no scan of the pattern)
          if (!uri.includes('\\.') || (uri.endsWith('$') && !uri.includes('|'))) return;
          const branch = unanchoredExtension(uri);
          if (branch !== undefined && !onlyRefuses(block)) report(d, file, `location regex "${uri}" has no "$" after the file extension in "${branch}": "/upload/x.php.jpg"-like URIs (the extension, then more) match too; end it with "$"`, args(d).length - 1);
        },
      },
    };
  },
};
