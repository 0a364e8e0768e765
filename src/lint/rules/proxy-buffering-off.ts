import type { Rule } from '../rule.js';
import { args } from '../model.js';

export const rule: Rule = {
  id: 'proxy-buffering-off',
  severity: 'info',
  description: 'proxy_buffering off ties a backend connection to each slow client.',
  source: 'gixy-next proxy_buffering_off; nginx docs: proxy_buffering (off: the response is passed synchronously as it arrives)',
  create({ report }) {
    return {
      on: {
        proxy_buffering(d, _at, file) {
          if (args(d)[0] === 'off') report(d, file, 'proxy_buffering off: each slow client holds a backend connection; keep it on except for streaming endpoints (or send X-Accel-Buffering: no from those)', 0);
        },
      },
    };
  },
};
