/**
 * Link-like strings for checking isPlainHttpUrl against `new URL`: mostly plain links, salted with
 * what URL parsing rewrites (upper case, ports, users, IP hosts, punycode, dot segments, %2e,
 * spaces, quotes, backslashes, non-ASCII).
 */
import fc from "fast-check";

const pick = (plain: string, odd: string) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.constantFrom(...plain) },
    { weight: 1, arbitrary: fc.constantFrom(...odd) },
  );

/** Usually "", now and then one of `odd`. */
const rarely = (odd: fc.Arbitrary<string>) =>
  fc.oneof({ weight: 15, arbitrary: fc.constant("") }, { weight: 1, arbitrary: odd });

const label = fc.oneof(
  {
    weight: 10,
    arbitrary: fc.string({ unit: pick("abcz09", "-A_.é%"), minLength: 1, maxLength: 8 }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom("xn--p1ai", "xn--e1afmkfd", "xn--zz", "xn--a-", "0x7f", "127", "1"),
  },
);
const pathUnit = fc.oneof(
  { weight: 60, arbitrary: pick("abcXYZ019-._~!$&()*+,;=:@/", "'\"<>`{}|^\\ \té[]") },
  { weight: 1, arbitrary: fc.constantFrom("%2e", "%2E", "%41", "%", "/.", "/..", "%zz", "%d0%9a") },
);

/** Strings of the form scheme + [user@] + host + [:port] + [path] + [?query] + [#fragment]. */
export function plainUrlCandidates(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom("http://", "https://") },
        { weight: 1, arbitrary: fc.constantFrom("HTTP://", "ftp://", "https:/", "https:///") },
      ),
      rarely(fc.constantFrom("user@", "a:b@")),
      fc.array(label, { minLength: 1, maxLength: 3 }),
      fc.oneof(
        { weight: 10, arbitrary: fc.constantFrom("org", "az", "ua", "com", "info") },
        { weight: 1, arbitrary: label },
      ),
      rarely(fc.constantFrom(":80", ":443", ":8080", ":")),
      fc.oneof(
        { weight: 10, arbitrary: fc.string({ unit: pathUnit, maxLength: 20 }).map((p) => `/${p}`) },
        { weight: 1, arbitrary: fc.constant("") },
      ),
      fc.oneof(
        fc.constant(""),
        fc.string({ unit: pathUnit, maxLength: 12 }).map((q) => `?${q}`),
      ),
      fc.oneof(
        fc.constant(""),
        fc.string({ unit: pathUnit, maxLength: 8 }).map((h) => `#${h}`),
      ),
    )
    .map(
      ([scheme, user, labels, tld, port, path, query, fragment]) =>
        `${scheme}${user}${labels.join(".")}.${tld}${port}${path}${query}${fragment}`,
    );
}
