import ipaddr from "ipaddr.js";

/** The only ranges a feed may be fetched from: ipaddr.js's name for the public internet. */
const PUBLIC = "unicast";

/**
 * Whether an IP address is private, loopback, link-local, reserved or otherwise not on the
 * public internet, classified by ipaddr.js. An IPv6 address that carries an IPv4 address is
 * judged by the IPv4 address too: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
 * IPv4-translated (::ffff:0:a.b.c.d), NAT64 (64:ff9b::/96; the local-use 64:ff9b:1::/48 is refused whole), 6to4
 * (2002::/16) and Teredo (2001::/32, the client's address inverted). Anything that is not an
 * address at all is refused too.
 *
 * @example isPrivateAddress("169.254.169.254") // true
 * @example isPrivateAddress("64:ff9b::a9fe:a9fe") // true (NAT64 to 169.254.169.254)
 */
export function isPrivateAddress(address: string): boolean {
  const text = address.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  if (!ipaddr.isValid(text)) return true;
  const parsed = ipaddr.parse(text);
  if (parsed.kind() === "ipv4") return parsed.range() !== PUBLIC;
  const v6 = parsed as ipaddr.IPv6;
  // Local-use NAT64 (RFC 8215) reaches whatever the local translator is set up to reach.
  if (v6.match(ipaddr.IPv6.parse("64:ff9b:1::"), 48)) return true;
  const embedded = embeddedIPv4(v6);
  if (embedded && embedded.range() !== PUBLIC) return true;
  if (embedded) return false;
  return v6.range() !== PUBLIC;
}

/** The IPv4 address an IPv6 address carries, by the standard ways of embedding one. */
function embeddedIPv4(address: ipaddr.IPv6): ipaddr.IPv4 | null {
  const p = address.parts;
  const v4 = (hi: number, lo: number) => new ipaddr.IPv4([hi >> 8, hi & 0xff, lo >> 8, lo & 0xff]);
  const zeros = (from: number, to: number) => p.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && (p[5] === 0xffff || p[5] === 0)) return v4(p[6] ?? 0, p[7] ?? 0); // mapped, compatible
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return v4(p[6] ?? 0, p[7] ?? 0); // translated
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return v4(p[6] ?? 0, p[7] ?? 0); // NAT64
  if (p[0] === 0x2002) return v4(p[1] ?? 0, p[2] ?? 0); // 6to4
  if (p[0] === 0x2001 && p[1] === 0) return v4((p[6] ?? 0) ^ 0xffff, (p[7] ?? 0) ^ 0xffff); // Teredo
  return null;
}
