import type { Rule } from '../rule.js';

export const rule: Rule = {
  id: 'proxy-buffering-off',
  severity: 'info',
  description: 'proxy_buffering off ties a backend connection to each slow client.',
  source: 'gixy-next proxy_buffering_off; nginx docs: proxy_buffering (off: the response is passed synchronously as it arrives)',
  check({ model, report }) {
    for (let i = 0, list = model.byName.get('proxy_buffering') ?? []; i < list.length; i++) {
      const n = list[i];
      if (n.args[0] === 'off') report(n, 'proxy_buffering off: each slow client holds a backend connection; keep it on except for streaming endpoints (or send X-Accel-Buffering: no from those)', 0);
    }
  },
};
