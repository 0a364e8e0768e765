/**
 * The plan for people (Markdown, read like a terraform plan) and for tools (JSON).
 */
import type { Change, Plan } from './index.js';

/** The JSON form: `{"summary":{...},"changes":[...]}` plus the lint comparison. */
export function planJson(p: Plan): string {
  return JSON.stringify({ summary: p.summary, changes: p.changes, lint: p.lint, base: p.base, head: p.head }, null, 2) + '\n';
}

const GROUP_BLOCKS = /^(server|upstream|map|geo|split_clients|events|mail|stream) |^(events|stream|mail)$/;

/** The object a change is listed under: the first server, upstream, map... on its path, else the top level. */
function groupOf(c: Change): { label: string; depth: number } {
  const own = c.block ? c.path.slice(0, -1) : c.path;
  if (c.affects && c.affects.length > 1) return { label: `shared: ${c.file}`, depth: own.length };
  const i = own.findIndex((s) => GROUP_BLOCKS.test(s));
  if (i >= 0) return { label: own.slice(0, i + 1).join(' > '), depth: i + 1 };
  return { label: own.join(' > ') || 'main', depth: own.length };
}

const SIGN = { add: '+', remove: '-', change: '~' } as const;
const args = (a: string[] | null | undefined) => (a ?? []).join(' ');

function line(c: Change, depth: number): string {
  if (c.block) {
    const where = c.path.slice(depth, -1);
    return `${SIGN[c.action]} ${where.length ? where.join(' > ') + ' > ' : ''}${c.path[c.path.length - 1]} { ... }`;
  }
  const where = c.path.slice(depth);
  const prefix = where.length ? where.join(' > ') + ' > ' : '';
  const body =
    c.action === 'change'
      ? c.directive === 'order'
        ? `order: ${(c.before ?? []).join(', ')} -> ${(c.after ?? []).join(', ')}`
        : c.before && c.after && c.before.length > 1 && c.after.length > 1 && c.before[0] === c.after[0]
          ? `${c.directive} ${c.before[0]} ${args(c.before.slice(1))} -> ${args(c.after.slice(1))}`
          : `${c.directive} ${args(c.before)} -> ${args(c.after)}`
      : `${c.directive} ${args(c.args)}`;
  return `${SIGN[c.action]} ${prefix}${body}`.replace(/```/g, "'''");
}

export interface MarkdownOptions {
  /** Base URL of files at the head, e.g. `https://github.com/o/r/blob/<sha>`; without it, `file:line`. */
  blobUrl?: string;
  /** Extra sections (the `nginx -t` verdict). */
  extra?: string;
  /**
   * Longest result in characters (UTF-16 code units, as GitHub counts a comment body: at most
   * 65,536). Over it, the summary, the banner, the lint findings and `extra` are kept, whole
   * change groups are left out, and a line says where the full plan is (`fullPlanAt`).
   */
  maxLength?: number;
  /** Where the full plan can be read when detail is cut, e.g. "the job summary of [run 42](url)". */
  fullPlanAt?: string;
}

const BANNER_ITEMS = 30;

/**
 * Markdown: the counts, a banner for destructive changes, the changes grouped by server and
 * upstream in `diff` fences (`+` add, `-` destroy, `~` change), each source linked, then lint
 * findings introduced and fixed, then `extra`. Details fold into `<details>`.
 */
export function planMarkdown(p: Plan, o: MarkdownOptions = {}): string {
  const s = p.summary;
  const head = ['## nginx-gitops plan', '', `**Plan: ${s.add} to add, ${s.change} to change, ${s.destroy} to destroy.**`, ''];
  if (p.changes.length === 0) head.push('No changes. The load balancers would do exactly what they do now.', '');
  const destructive = p.changes.filter((c) => c.destructive);
  if (destructive.length) {
    head.push('> [!CAUTION]', `> **${destructive.length} destructive change${destructive.length === 1 ? '' : 's'}:**`);
    for (const c of destructive.slice(0, BANNER_ITEMS)) head.push(`> - \`${line(c, 0).slice(2)}\`${c.impact ? `: ${c.impact}` : ''}`);
    if (destructive.length > BANNER_ITEMS) head.push(`> - ... and ${destructive.length - BANNER_ITEMS} more, listed below`);
    head.push('');
  }
  const link = (c: { file: string; line: number }) => (o.blobUrl ? `[${c.file}#L${c.line}](${o.blobUrl}/${c.file.split('/').map(encodeURIComponent).join('/')}#L${c.line})` : `\`${c.file}:${c.line}\``);
  const groups = new Map<string, { depth: number; changes: Change[] }>();
  for (const c of p.changes) {
    const g = groupOf(c);
    const e = groups.get(g.label);
    if (e) e.changes.push(c);
    else groups.set(g.label, { depth: g.depth, changes: [c] });
  }
  const renderGroup = (label: string, depth: number, changes: Change[]) => {
    const out = [`### \`${label}\``, '', '```diff'];
    for (const c of changes) out.push(line(c, depth));
    out.push('```', '');
    for (const c of changes) {
      const notes = [c.impact, c.affects && c.affects.length ? `affects ${c.affects.map((a) => `\`${a}\``).join(', ')}` : undefined].filter(Boolean);
      out.push(`- \`${SIGN[c.action]} ${c.directive}\` ${link(c)}${notes.length ? ` - ${notes.join('; ')}` : ''}`);
    }
    out.push('');
    return out.join('\n') + '\n';
  };
  const detail = [...groups].map(([label, g]) => ({ label, ...g, text: renderGroup(label, g.depth, g.changes) }));
  const { introduced, fixed } = p.lint;
  const tail = [`### Lint: ${introduced.length} introduced, ${fixed.length} fixed`, ''];
  const flist = (fs: typeof introduced) => fs.map((f) => `- ${f.severity} \`${f.rule}\` ${link(f)}: ${f.message}`);
  if (introduced.length) tail.push('<details open><summary>Introduced by this change</summary>', '', ...flist(introduced), '', '</details>', '');
  if (fixed.length) tail.push('<details><summary>Fixed by this change</summary>', '', ...flist(fixed), '', '</details>', '');
  if (o.extra) tail.push(o.extra, '');
  const top = head.join('\n') + '\n';
  const bottom = tail.join('\n');
  const full = top + detail.map((d) => d.text).join('') + bottom;
  const max = o.maxLength;
  if (max === undefined || full.length <= max) return full;
  // Too long: keep whole groups while they fit, then as many changes of the next as fit; say what
  // was left out and where to read it.
  const where = o.fullPlanAt ?? 'the job summary of this run';
  const total = p.changes.length;
  const note = (shown: number) =>
    `> [!NOTE]\n> ${total - shown} of ${total} changes left out to fit the ${max}-character limit. The full plan is in ${where}.\n\n`;
  const reserve = bottom.length + note(0).length;
  let text = top;
  let shown = 0;
  for (const d of detail) {
    if (text.length + d.text.length + reserve <= max) {
      text += d.text;
      shown += d.changes.length;
      continue;
    }
    let lo = 0;
    let hi = d.changes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (text.length + renderGroup(d.label, d.depth, d.changes.slice(0, mid)).length + reserve <= max) lo = mid;
      else hi = mid - 1;
    }
    if (lo > 0) {
      text += renderGroup(d.label, d.depth, d.changes.slice(0, lo));
      shown += lo;
    }
    break;
  }
  text += note(shown) + bottom;
  if (text.length <= max) return text;
  // Even the findings do not fit: cut at a line, and say so.
  const cut = `\n\n> [!NOTE]\n> Cut at ${max} characters. The full plan and every finding are in ${where}.\n`;
  const body = text.slice(0, max - cut.length);
  return body.slice(0, Math.max(0, body.lastIndexOf('\n'))) + cut;
}
