import type { Context } from 'hono';

/**
 * Where a request comes from, for per-client limits. Each runtime knows it differently, so the
 * entries choose: the socket's peer on Node (or what trusted proxies saw), `CF-Connecting-IP`
 * on Workers. Undefined when unknown; such requests share one key.
 */
export type ClientAddress = (c: Context) => string | undefined;

/**
 * On Node: the socket's peer address. Behind `trustedProxies` proxies (TRUST_PROXY), each of
 * which appends the address it saw to `X-Forwarded-For`, the client is that many hops from the
 * right; entries further left are the client's own claims and are never trusted.
 */
export function nodeClientAddress(trustedProxies = 0): ClientAddress {
  return (c) => {
    const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
    const peer = env?.incoming?.socket?.remoteAddress;
    if (trustedProxies <= 0) return peer;
    const forwarded = (c.req.header('x-forwarded-for') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const chain = peer ? [...forwarded, peer] : forwarded;
    return chain[Math.max(0, chain.length - 1 - trustedProxies)];
  };
}

/** On Workers: Cloudflare's edge sets `CF-Connecting-IP` and overwrites a client's own. */
export const cloudflareClientAddress: ClientAddress = (c) => c.req.header('cf-connecting-ip');

/**
 * The key a client is counted under: an IPv4 address as it is, an IPv6 address by its /64 —
 * one host's usual share, so rotating through its own addresses does not reset a limit.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = address
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(plain);
  if (mapped) return mapped[1]!;
  if (!plain.includes(':')) return plain;
  const [head = '', tail = ''] = plain.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = plain.includes('::')
    ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || '0', 16).toString(16))
    .join(':')}::/64`;
}
