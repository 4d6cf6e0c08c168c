import "server-only";
import type { IncomingMessage, ServerResponse } from "node:http";
import { type BlockList, Server } from "node:net";
import { guardForwardedHeaders } from "./forwarded-headers";
import { STATIC_SECURITY_HEADERS } from "./static-security-headers.mjs";

/** Whether the path of a request target decodes; Next.js answers a bare 500 to one that does not. */
export function hasMalformedPath(target: string | undefined): boolean {
  const path = (target ?? "/").split("?")[0] ?? "/";
  try {
    decodeURIComponent(path);
    return false;
  } catch {
    return true;
  }
}

function refuseMalformedPath(response: ServerResponse): void {
  response.writeHead(400, {
    ...Object.fromEntries(STATIC_SECURITY_HEADERS.map(({ key, value }) => [key, value])),
    "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
  });
  response.end("400 アドレスの%記号の使い方が正しくありません / The address has a malformed %-escape\n");
}

let trustedProxies: BlockList | undefined;
/**
 * Checks every request this process serves before Next.js sees it (`next start` gives the app no other hold on
 * the socket): forwarded headers are kept only from configured proxies, and a path with a malformed %-escape
 * gets a 400 with the security headers. Called once at start-up; a second call only replaces the proxy list.
 */
export function installRequestGuard(trusted: BlockList): void {
  const isInstalled = trustedProxies !== undefined;
  trustedProxies = trusted;
  if (isInstalled) return;
  const emit = Server.prototype.emit as (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
  Server.prototype.emit = function (this: Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request" && trustedProxies) {
      const [request, response] = args as [IncomingMessage, ServerResponse];
      guardForwardedHeaders(request.headers, request.socket?.remoteAddress, trustedProxies);
      if (hasMalformedPath(request.url)) {
        refuseMalformedPath(response);
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof Server.prototype.emit;
}
