import type { Rule } from '../rule.js';
import { args, isRegexLocation, locationMatch, stringMemo, type Block } from '../model.js';
import { classEnd } from '../../parser/regex.js';

/**
 * A branch that ends in a file extension (a literal dot and then letters or digits, a class of
 * them, or a group of alternatives), closing parentheses allowed after it: `\.php`, `\.(php|phtml)`,
 * `\.[a-z0-9]+`. Without `$` after it, `/file.php.jpg` and `/file.php/x` match too.
 */
const EXTENSION_TAIL = /\\\.(?:\w+|\[[^\]]+\][+*]?|\((?:\?:)?\w+(?:\|\w+)*\))\)*$/;

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

/**
 * The first top-level branch of `re` that ends in a file extension (EXTENSION_TAIL) with no `$`
 * after it, or undefined. A branch counts only when its last literal dot stands outside any group
 * with alternatives before it: in `^/(static/|favicon\.ico)` the extension belongs to one
 * alternative, not to the regex. One pass over the pattern (escapes and classes skipped).
 */
function scanExtension(re: string): string | undefined {
  const groups: boolean[] = []; // per open group: a | seen in it so far
  let start = 0;
  let dotIsTail = false; // the branch's last literal dot so far stands outside groups with alternatives
  const branch = (end: number) => {
    const b = re.slice(start, end);
    return dotIsTail && EXTENSION_TAIL.test(b) ? b : undefined;
  };
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '\\') {
      if (re[i + 1] === '.') dotIsTail = !groups.includes(true);
      i++;
    } else if (c === '[') i = classEnd(re, i);
    else if (c === '(') groups.push(false);
    else if (c === ')') groups.pop();
    else if (c === '|') {
      if (groups.length) groups[groups.length - 1] = true;
      else {
        const b = branch(i);
        if (b !== undefined) return b;
        start = i + 1;
        dotIsTail = false;
      }
    }
  }
  return branch(re.length);
}

/** scanExtension(), one verdict per pattern. */
const unanchoredExtension = stringMemo(scanExtension, 4096);

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
