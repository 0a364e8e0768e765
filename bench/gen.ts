/**
 * Generates a large multi-file load balancer tree: upstreams with weights, servers with locations,
 * shared snippets included from every location. Addresses are IPs on loopback and every server
 * listens on one port, so `nginx -t` can run on the tree as it is.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes the tree under `dir`; returns the number of lines written. */
export function generateTree(dir: string, servers: number, port = 18080): number {
  mkdirSync(join(dir, 'conf.d'), { recursive: true });
  mkdirSync(join(dir, 'upstreams'), { recursive: true });
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  let lines = 0;
  const write = (p: string, text: string) => {
    writeFileSync(join(dir, p), text);
    lines += text.split('\n').length - 1;
  };
  write(
    'nginx.conf',
    `worker_processes 1;\nevents {\n    worker_connections 1024;\n}\nhttp {\n    server_names_hash_max_size 65536;\n    server_names_hash_bucket_size 128;\n    variables_hash_max_size 4096;\n    limit_req_zone $binary_remote_addr zone=perip:10m rate=10r/s;\n    limit_req_status 429;\n    map $http_upgrade $connection_upgrade {\n        default upgrade;\n        '' '';\n    }\n    include upstreams/*.conf;\n    include conf.d/*.conf;\n}\n`,
  );
  write(
    'snippets/proxy.conf',
    `proxy_http_version 1.1;\nproxy_set_header Host $host;\nproxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\nproxy_set_header X-Forwarded-Proto $scheme;\nproxy_set_header Connection "";\nproxy_read_timeout 30s;\n`,
  );
  const perFile = 100;
  for (let f = 0; f * perFile < servers; f++) {
    let ups = '';
    let srv = '';
    for (let i = f * perFile; i < Math.min(servers, (f + 1) * perFile); i++) {
      const a = (i >> 8) & 255;
      const b = i & 255;
      ups += `upstream app_${i} {\n    zone app_${i} 64k;\n    server 127.1.${a}.${b}:8080 weight=3 max_fails=3 fail_timeout=10s;\n    server 127.2.${a}.${b}:8080 weight=2;\n    server 127.3.${a}.${b}:8080 backup;\n    keepalive 16;\n}\n\n`;
      srv += `server {\n    listen 127.0.0.1:${port};\n    server_name s${i}.example.com www.s${i}.example.com;\n    access_log off;\n    add_header X-Content-Type-Options "nosniff" always;\n    add_header X-Frame-Options "DENY" always;\n    client_max_body_size 8m;\n    location /static/ {\n        root /srv/www/s${i};\n        expires 30d;\n    }\n    location / {\n        limit_req zone=perip burst=20 nodelay;\n        include snippets/proxy.conf;\n        proxy_pass http://app_${i};\n    }\n    location /api/ {\n        include snippets/proxy.conf;\n        proxy_pass http://app_${i};\n    }\n    location /ws/ {\n        proxy_http_version 1.1;\n        proxy_set_header Upgrade $http_upgrade;\n        proxy_set_header Connection $connection_upgrade;\n        proxy_read_timeout 3600s;\n        proxy_pass http://app_${i};\n    }\n    location = /healthz {\n        return 200 "ok\\n";\n    }\n    location ~* \\.(?:css|js|png)$ {\n        expires 7d;\n        proxy_pass http://app_${i};\n    }\n}\n\n`;
    }
    write(`upstreams/u${String(f).padStart(4, '0')}.conf`, ups);
    write(`conf.d/s${String(f).padStart(4, '0')}.conf`, srv);
  }
  return lines;
}
