import type { Rule } from '../rule.js';
import { locationMatch, urlOf } from '../model.js';

export const rule: Rule = {
  id: 'proxy-pass-uri-slash',
  severity: 'warning',
  description: 'A prefix location and its proxy_pass URI disagree on the trailing slash: "//users" or "apiusers" reaches the backend.',
  source: 'nginx docs: proxy_pass (the part of the URI matching the location is replaced by the URI in the directive)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('proxy_pass') ?? []; i < list.length; i++) {
      const n = list[i];
      const loc = n.parent;
      if (!loc || loc.name !== 'location') continue;
      const { mod, uri } = locationMatch(loc);
      if (mod !== '' && mod !== '^~') continue;
      const u = urlOf(n);
      if (!u?.path || u.path.includes('$')) continue;
      const locSlash = uri.endsWith('/');
      const passSlash = u.path.endsWith('/');
      if (locSlash === passSlash) continue;
      const example = `${uri}${locSlash ? '' : '/'}x`;
      const sent = u.path + example.slice(uri.length);
      report(n, `location ${uri} ${locSlash ? 'ends' : 'does not end'} with "/" but the proxy_pass URI ${u.path} ${passSlash ? 'does' : 'does not'}: ${example} reaches the backend as ${sent}`, 0);
    }
  },
};
