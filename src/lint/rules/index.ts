/** Every lint rule. Each module exports `rule`; ids are fixed (tools and users refer to them). */
import type { Rule } from '../rule.js';
import { rule as addHeaderContentType } from './add-header-content-type.js';
import { rule as addHeaderMultiline } from './add-header-multiline.js';
import { rule as addHeaderRedefinition } from './add-header-redefinition.js';
import { rule as aliasTraversal } from './alias-traversal.js';
import { rule as allowWithoutDeny } from './allow-without-deny.js';
import { rule as autoindexOn } from './autoindex-on.js';
import { rule as defaultServerFlag } from './default-server-flag.js';
import { rule as duplicateDefaultServer } from './duplicate-default-server.js';
import { rule as duplicateDirective } from './duplicate-directive.js';
import { rule as duplicateListen } from './duplicate-listen.js';
import { rule as duplicateLocation } from './duplicate-location.js';
import { rule as duplicateLogFormat } from './duplicate-log-format.js';
import { rule as duplicateServerName } from './duplicate-server-name.js';
import { rule as duplicateUpstream } from './duplicate-upstream.js';
import { rule as duplicateZone } from './duplicate-zone.js';
import { rule as errorLogOff } from './error-log-off.js';
import { rule as hashWithoutDefault } from './hash-without-default.js';
import { rule as hostSpoofing } from './host-spoofing.js';
import { rule as hstsHeader } from './hsts-header.js';
import { rule as httpSplitting } from './http-splitting.js';
import { rule as ifIsEvil } from './if-is-evil.js';
import { rule as invalidRegex } from './invalid-regex.js';
import { rule as invalidServerName } from './invalid-server-name.js';
import { rule as ipHashBackup } from './ip-hash-backup.js';
import { rule as limitReqStatus } from './limit-req-status.js';
import { rule as limitReqZoneUndefined } from './limit-req-zone-undefined.js';
import { rule as lowKeepaliveRequests } from './low-keepalive-requests.js';
import { rule as missingResolver } from './missing-resolver.js';
import { rule as missingWorkerProcesses } from './missing-worker-processes.js';
import { rule as origins } from './origins.js';
import { rule as proxyBufferingOff } from './proxy-buffering-off.js';
import { rule as proxyMissingForwardedHeaders } from './proxy-missing-forwarded-headers.js';
import { rule as proxyPassNormalized } from './proxy-pass-normalized.js';
import { rule as proxyPassUriSlash } from './proxy-pass-uri-slash.js';
import { rule as proxySetHeaderRedefinition } from './proxy-set-header-redefinition.js';
import { rule as realIpTrustAll } from './real-ip-trust-all.js';
import { rule as regexRedos } from './regex-redos.js';
import { rule as resolverExternal } from './resolver-external.js';
import { rule as returnBypassesAllowDeny } from './return-bypasses-allow-deny.js';
import { rule as securityHeaderWithoutAlways } from './security-header-without-always.js';
import { rule as sslCertificateMissing } from './ssl-certificate-missing.js';
import { rule as sslStaplingWithoutResolver } from './ssl-stapling-without-resolver.js';
import { rule as ssrf } from './ssrf.js';
import { rule as staleDnsCache } from './stale-dns-cache.js';
import { rule as statusPageExposed } from './status-page-exposed.js';
import { rule as tryFilesIsEvilToo } from './try-files-is-evil-too.js';
import { rule as unanchoredRegex } from './unanchored-regex.js';
import { rule as upstreamKeepaliveIneffective } from './upstream-keepalive-ineffective.js';
import { rule as unknownVariable } from './unknown-variable.js';
import { rule as upstreamWithoutServers } from './upstream-without-servers.js';
import { rule as validReferers } from './valid-referers.js';
import { rule as versionDisclosure } from './version-disclosure.js';
import { rule as weakSslTls } from './weak-ssl-tls.js';
import { rule as websocketReadTimeout } from './websocket-read-timeout.js';
import { rule as websocketUpgradeHeaders } from './websocket-upgrade-headers.js';
import { rule as workerRlimitNofileVsConnections } from './worker-rlimit-nofile-vs-connections.js';

export const RULES: readonly Rule[] = [
  addHeaderContentType,
  addHeaderMultiline,
  addHeaderRedefinition,
  aliasTraversal,
  allowWithoutDeny,
  autoindexOn,
  defaultServerFlag,
  duplicateDefaultServer,
  duplicateDirective,
  duplicateListen,
  duplicateLocation,
  duplicateLogFormat,
  duplicateServerName,
  duplicateUpstream,
  duplicateZone,
  errorLogOff,
  hashWithoutDefault,
  hostSpoofing,
  hstsHeader,
  httpSplitting,
  ifIsEvil,
  invalidRegex,
  invalidServerName,
  ipHashBackup,
  limitReqStatus,
  limitReqZoneUndefined,
  lowKeepaliveRequests,
  missingResolver,
  missingWorkerProcesses,
  origins,
  proxyBufferingOff,
  proxyMissingForwardedHeaders,
  proxyPassNormalized,
  proxyPassUriSlash,
  proxySetHeaderRedefinition,
  realIpTrustAll,
  regexRedos,
  resolverExternal,
  returnBypassesAllowDeny,
  securityHeaderWithoutAlways,
  sslCertificateMissing,
  sslStaplingWithoutResolver,
  ssrf,
  staleDnsCache,
  statusPageExposed,
  tryFilesIsEvilToo,
  unanchoredRegex,
  upstreamKeepaliveIneffective,
  unknownVariable,
  upstreamWithoutServers,
  validReferers,
  versionDisclosure,
  weakSslTls,
  websocketReadTimeout,
  websocketUpgradeHeaders,
  workerRlimitNofileVsConnections,
];
