// JavaScript a modern browser loads for a page: the gzip size of every module script in its HTML
// (`nomodule` polyfills excluded), fetched from the running server.
import { gzipSync } from "node:zlib";

export type PageJs = { scripts: string[]; sizes: number[]; gzipBytes: number };

export async function measurePageJs(url: string, cookie = "", mustContain?: string): Promise<PageJs> {
  const html = await (await fetch(url, { headers: { cookie } })).text();
  if (mustContain && !html.includes(mustContain)) throw new Error(`${url} did not render ${mustContain}`);
  const scripts = moduleScripts(html);
  const sizes: number[] = [];
  for (const source of scripts) {
    const body = Buffer.from(await (await fetch(new URL(source, url))).arrayBuffer());
    sizes.push(gzipSync(body).length);
  }
  return { scripts, sizes, gzipBytes: sizes.reduce((sum, size) => sum + size, 0) };
}

function moduleScripts(html: string): string[] {
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)];
  return [...new Set(tags.filter((tag) => !/nomodule/i.test(tag[0])).map((tag) => tag[1]!))];
}
