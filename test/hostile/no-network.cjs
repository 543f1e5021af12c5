/**
 * Preloaded into the CLI by machine-independence.test.ts (NODE_OPTIONS=--require …): any attempt to
 * reach the network — a socket connection (which fetch, http, https, tls and net all end in), a DNS
 * lookup, an HTTP(S) request, a UDP socket — throws, and is also written to stderr at once, so that
 * the test sees it even if the caller swallows the error.
 */
'use strict';
const { writeSync } = require('node:fs');
const net = require('node:net');
const dns = require('node:dns');
const http = require('node:http');
const https = require('node:https');
const dgram = require('node:dgram');

function refuse(what) {
  return function networkAccess() {
    writeSync(2, `NETWORK ACCESS ATTEMPTED: ${what}\n`);
    throw new Error(`network access attempted: ${what}`);
  };
}

net.Socket.prototype.connect = refuse('net.Socket#connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  dns[name] = refuse(`dns.${name}`);
  if (dns.promises[name]) dns.promises[name] = refuse(`dns.promises.${name}`);
}
for (const [mod, label] of [
  [http, 'http'],
  [https, 'https'],
]) {
  mod.request = refuse(`${label}.request`);
  mod.get = refuse(`${label}.get`);
}
dgram.createSocket = refuse('dgram.createSocket');
