import type { Rule } from '../rule.js';
import { locationMatch, urlOf } from '../model.js';

export const rule: Rule = {
  id: 'proxy-pass-uri-slash',
  severity: 'warning',
  description: 'A prefix location and its proxy_pass URI disagree on the trailing slash: "//users" or "apiusers" reaches the backend.',
  source: 'nginx docs: proxy_pass (the part of the URI matching the location is replaced by the URI in the directive)',
  create({ report }) {
    return {
      on: {
        proxy_pass(d, at, file) {
          if (at.name !== 'location') return;
          const { mod, uri } = locationMatch(at, at.d);
          if (mod !== '' && mod !== '^~') return;
          const u = urlOf(at, d);
          if (!u?.path || u.path.includes('$')) return;
          const locSlash = uri.endsWith('/');
          const passSlash = u.path.endsWith('/');
          if (locSlash === passSlash) return;
          const example = `${uri}${locSlash ? '' : '/'}x`;
          const sent = u.path + example.slice(uri.length);
          report(d, file, `location ${uri} ${locSlash ? 'ends' : 'does not end'} with "/" but the proxy_pass URI ${u.path} ${passSlash ? 'does' : 'does not'}: ${example} reaches the backend as ${sent}`, 0);
        },
      },
    };
  },
};
