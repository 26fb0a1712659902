import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  affectedProductKeys,
  cveVersionRange,
  installedProductKey,
  parseCpe,
  parseVersionRange,
  productAffected,
  productKey,
  sameVendor,
  versionInRange,
} from './product-match.ts';
import { compareVersions } from './version-compare.ts';

const sign = (n: number) => Math.sign(n);

describe('compareVersions', () => {
  const ordered = [
    ['1.0', '1.0.1'],
    ['2.4.9', '2.4.10'],
    ['2.4.57', '2.4.58'],
    ['2.4.58-rc1', '2.4.58'],
    ['1.0.0-alpha', '1.0.0-beta'],
    ['1.0.0-beta.2', '1.0.0-rc.1'],
    ['2.4.58', '2.4.58-1ubuntu'],
    ['2.4.58-1ubuntu1', '2.4.58-2ubuntu1'],
    ['1.1.1v', '1.1.1w'],
    ['1.1.1', '1.1.1a'],
    ['10.0.19044', '10.0.19045'],
    ['2.4.58~rc1', '2.4.58'],
    ['1:1.0', '2:0.1'],
    ['9.9', '1:0.1'],
  ] as const;
  for (const [a, b] of ordered)
    test(`${a} < ${b}`, () => {
      assert.equal(sign(compareVersions(a, b)), -1);
      assert.equal(sign(compareVersions(b, a)), 1);
    });
  test('equal forms', () => {
    assert.equal(compareVersions('2.4', '2.4.0'), 0);
    assert.equal(compareVersions('v2.4.1', '2.4.1'), 0);
    assert.equal(compareVersions('1.0.0+build.5', '1.0.0'), 0);
    assert.equal(compareVersions('7.4', '7.4.0.0'), 0);
  });

  const versionText = fc
    .tuple(
      fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 1, maxLength: 4 }),
      fc.constantFrom('', '-rc1', '-beta', '-1ubuntu1', 'a', 'w', '~rc2', '+build', '-2', '.post1'),
    )
    .map(([parts, suffix]) => `${parts.join('.')}${suffix}`);

  test('property: antisymmetric and reflexive', () => {
    fc.assert(
      fc.property(versionText, versionText, (a, b) => {
        assert.equal(compareVersions(a, a), 0);
        assert.equal(sign(compareVersions(a, b)), -sign(compareVersions(b, a)));
      }),
    );
  });
  test('property: transitive', () => {
    fc.assert(
      fc.property(versionText, versionText, versionText, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort(compareVersions);
        assert.ok(compareVersions(x!, z!) <= 0);
        assert.ok(compareVersions(x!, y!) <= 0 && compareVersions(y!, z!) <= 0);
      }),
    );
  });
  test('property: dotted numbers order like their number lists', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 3, maxLength: 3 }),
        (a, b) => {
          const expected = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
          assert.equal(sign(compareVersions(a.join('.'), b.join('.'))), sign(expected));
        },
      ),
    );
  });
});

describe('parseVersionRange and versionInRange', () => {
  const cases: [string, string, boolean][] = [
    ['< 2.4.58', '2.4.57', true],
    ['< 2.4.58', '2.4.58', false],
    ['< 2.4.58', '2.4.58-1ubuntu', false],
    ['< 2.4.58', '2.4.58-rc1', true],
    ['<= 2.4.57', '2.4.57', true],
    ['<= 2.4.57', '2.4.57.1', false],
    ['2.4.0–2.4.57', '2.4.0', true],
    ['2.4.0–2.4.57', '2.4.57', true],
    ['2.4.0 - 2.4.57', '2.4.30', true],
    ['2.4.0 - 2.4.57', '2.3.9', false],
    ['2.4.0 - 2.4.57', '2.4.58', false],
    ['>= 1.0 < 2.0', '1.5', true],
    ['>= 1.0 < 2.0', '2.0', false],
    ['>=1.0, <2.0', '0.9', false],
    ['> 1.0', '1.0', false],
    ['2.4.*', '2.4.57', true],
    ['2.4.*', '2.5.0', false],
    ['2.4.x', '2.4', true],
    ['*', 'anything', true],
    ['', '1.0', true],
    ['2.4.1', '2.4.1', true],
    ['2.4.1', '2.4.10', false],
    ['= 10.0.19045', '10.0.19045', true],
    ['< 10.0.19045', '10.0.19044', true],
  ];
  for (const [range, version, expected] of cases)
    test(`${version} in "${range}" is ${expected}`, () => {
      const parsed = parseVersionRange(range);
      assert.ok(parsed, `parses ${range}`);
      assert.equal(versionInRange(version, parsed), expected);
    });
  test('nonsense is no range', () => {
    for (const bad of ['< 2.0 garbage', '<', 'hello world', '< 1 < 2', '>=', 'abc def'])
      assert.equal(parseVersionRange(bad), null, bad);
  });
  test('an unknown installed version matches only "every version"', () => {
    assert.equal(versionInRange(null, parseVersionRange('< 9')!), false);
    assert.equal(versionInRange(null, parseVersionRange('*')!), true);
  });
  test('property: "< v" and ">= v" split every version', () => {
    const v = fc
      .array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 4 })
      .map((p) => p.join('.'));
    fc.assert(
      fc.property(v, v, (bound, x) => {
        const below = versionInRange(x, parseVersionRange(`< ${bound}`)!);
        const above = versionInRange(x, parseVersionRange(`>= ${bound}`)!);
        assert.notEqual(below, above);
      }),
    );
  });
});

describe('CVE 5 version entries', () => {
  test('lessThan, lessThanOrEqual, exact, unaffected, git', () => {
    assert.equal(
      cveVersionRange({ version: '2.4.0', status: 'affected', lessThanOrEqual: '2.4.59' }),
      '>= 2.4.0 <= 2.4.59',
    );
    assert.equal(cveVersionRange({ version: '0', status: 'affected', lessThan: '2.4.58' }), '< 2.4.58');
    assert.equal(cveVersionRange({ version: '2.4.57', status: 'affected' }), '2.4.57');
    assert.equal(cveVersionRange({ version: '2.4.58', status: 'unaffected' }), null);
    assert.equal(
      cveVersionRange({ version: 'abc123', status: 'affected', versionType: 'git', lessThan: 'def' }),
      null,
    );
    assert.equal(cveVersionRange({ version: '1.0', status: 'affected', lessThan: '*' }), '>= 1.0');
  });
});

describe('CPE 2.3 and names', () => {
  test('parseCpe reads vendor, product, version and escaped colons', () => {
    assert.deepEqual(parseCpe('cpe:2.3:a:apache:http_server:2.4.57:*:*:*:*:*:*:*'), {
      part: 'a',
      vendor: 'apache',
      product: 'http_server',
      version: '2.4.57',
    });
    assert.equal(parseCpe('cpe:2.3:a:foo\\:bar:baz:1.0:*:*:*:*:*:*:*')!.vendor, 'foo:bar');
    assert.equal(parseCpe('cpe:/a:apache:http_server:2.4'), null);
  });
  test('product keys drop vendor words', () => {
    assert.equal(productKey('Apache Software Foundation', 'Apache HTTP Server'), 'http_server');
    assert.equal(productKey('apache', 'http_server'), 'http_server');
    assert.equal(productKey('Microsoft', 'Microsoft Exchange Server'), 'exchange_server');
    assert.equal(
      installedProductKey({ vendor: 'Apache', product: 'HTTP Server', version: '2.4.57' }),
      'http_server',
    );
    assert.deepEqual(
      affectedProductKeys({
        vendor: 'Apache Software Foundation',
        product: 'Apache HTTP Server',
        versionRange: '< 2.4.58',
        cpe: 'cpe:2.3:a:apache:httpd:*:*:*:*:*:*:*:*',
      }),
      ['http_server', 'httpd'],
    );
  });
  test('vendors compare by their words', () => {
    assert.ok(sameVendor('Apache Software Foundation', 'apache'));
    assert.ok(sameVendor('Công ty VNPT', 'VNPT'));
    assert.ok(!sameVendor('Oracle', 'Microsoft'));
  });
});

describe('productAffected', () => {
  const apache = {
    vendor: 'Apache Software Foundation',
    product: 'Apache HTTP Server',
    versionRange: '< 2.4.58',
  };
  test('by names and range', () => {
    assert.ok(productAffected({ vendor: 'Apache', product: 'HTTP Server', version: '2.4.57' }, apache));
    assert.ok(!productAffected({ vendor: 'Apache', product: 'HTTP Server', version: '2.4.58' }, apache));
    assert.ok(!productAffected({ vendor: 'nginx', product: 'HTTP Server', version: '1.0' }, apache));
    assert.ok(!productAffected({ vendor: 'Apache', product: 'Tomcat', version: '2.0' }, apache));
  });
  test('by CPE names on both sides, the affected CPE version a wildcard', () => {
    const affected = {
      vendor: '',
      product: 'x',
      versionRange: '2.4.0 - 2.4.57',
      cpe: 'cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*',
    };
    assert.ok(
      productAffected(
        {
          vendor: 'a',
          product: 'b',
          version: null,
          cpe: 'cpe:2.3:a:apache:http_server:2.4.50:*:*:*:*:*:*:*',
        },
        affected,
      ),
    );
    assert.ok(
      !productAffected(
        { vendor: 'a', product: 'b', version: null, cpe: 'cpe:2.3:a:apache:tomcat:2.4.50:*:*:*:*:*:*:*' },
        affected,
      ),
    );
    const pinned = {
      ...affected,
      versionRange: '*',
      cpe: 'cpe:2.3:a:apache:http_server:2.4.49:*:*:*:*:*:*:*',
    };
    assert.ok(
      productAffected(
        {
          vendor: 'Apache',
          product: 'HTTP Server',
          version: '2.4.49',
          cpe: 'cpe:2.3:a:apache:http_server:2.4.49:*:*:*:*:*:*:*',
        },
        pinned,
      ),
    );
    assert.ok(
      !productAffected(
        {
          vendor: 'Apache',
          product: 'HTTP Server',
          version: '2.4.50',
          cpe: 'cpe:2.3:a:apache:http_server:2.4.50:*:*:*:*:*:*:*',
        },
        pinned,
      ),
    );
  });
  test('an installed CPE without a version field uses the CPE version', () => {
    assert.ok(
      productAffected(
        {
          vendor: 'Apache',
          product: 'HTTP Server',
          version: null,
          cpe: 'cpe:2.3:a:apache:http_server:2.4.1:*:*:*:*:*:*:*',
        },
        apache,
      ),
    );
  });
  test('a range that does not parse matches nothing', () => {
    assert.ok(
      !productAffected(
        { vendor: 'Apache', product: 'HTTP Server', version: '1' },
        { ...apache, versionRange: 'whatever it is' },
      ),
    );
  });
});
