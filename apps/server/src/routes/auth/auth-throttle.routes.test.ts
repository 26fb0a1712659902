import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SIGN_IN_LIMITS } from '@ungcuu/domain/auth/throttle.ts';
import { TEST_PASSWORD, TestContext } from '../../testing/test-app.ts';

// Sign-in throttling by address, by account and address, and by account from unknown addresses.
// Nothing locks an account: an attacker slows only themselves. The clock is injected.
let offsetMs = 0;
const clock = { now: () => new Date(Date.now() + offsetMs) };
let ctx: TestContext;

before(async () => {
  ctx = await TestContext.create({ clock });
});
after(() => ctx.close());

let ipCounter = 0;
/** A documentation-range address of its own, so one test's failures never throttle another's. */
function freshIp(): string {
  ipCounter += 1;
  return `198.51.${100 + Math.floor(ipCounter / 250)}.${(ipCounter % 250) + 1}`;
}

function login(username: string, password: string, ip: string) {
  return ctx.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username, password },
    remoteAddress: ip,
  });
}

function assertThrottled(res: Awaited<ReturnType<typeof login>>, seconds?: number) {
  assert.equal(res.statusCode, 429, res.body);
  assert.equal(res.json().error.code, 'auth.throttled');
  const retryAfter = Number(res.headers['retry-after']);
  assert.ok(retryAfter > 0, 'Retry-After is sent');
  // At most the full wait, and not much less (the clock runs on while the test does).
  if (seconds !== undefined) assert.ok(retryAfter <= seconds && retryAfter > seconds - 60, `${retryAfter}`);
  assert.equal(res.cookies.length, 0);
}

const { address, pair, account } = SIGN_IN_LIMITS;

describe('per address', () => {
  test('a valid sign-in does not reset the count: spraying from one address stops at the cap', async () => {
    const sprayer = freshIp();
    const own = await ctx.user(['viewer'], { signIn: false });
    for (let i = 0; i < address.max; i++) {
      // Halfway, the attacker signs in with the one account they hold.
      if (i === address.max / 2)
        assert.equal((await login(own.username, TEST_PASSWORD, sprayer)).statusCode, 200);
      const res = await login(`victim${i}x${ipCounter}`, 'Spring2026!', sprayer);
      assert.equal(res.statusCode, 401, `guess ${i + 1}`);
    }
    assertThrottled(await login('victim-next', 'Spring2026!', sprayer), address.windowMs / 1000);
    // Even the right password waits at that address; other addresses are not affected.
    assertThrottled(await login(own.username, TEST_PASSWORD, sprayer));
    assert.equal((await login(own.username, TEST_PASSWORD, freshIp())).statusCode, 200);

    offsetMs += address.windowMs + 1000;
    assert.equal((await login(own.username, TEST_PASSWORD, sprayer)).statusCode, 200);
  });
});

describe('per account and address', () => {
  test(`after ${pair.free} failures each further attempt waits longer; 429 with Retry-After, never a lock`, async () => {
    const user = await ctx.user(['coordinator'], { signIn: false });
    const attacker = freshIp();
    for (let i = 1; i <= pair.free; i++) {
      assert.equal((await login(user.username, `wrong ${i}`, attacker)).statusCode, 401, `attempt ${i}`);
    }
    assertThrottled(await login(user.username, TEST_PASSWORD, attacker), pair.baseMs / 1000);

    offsetMs += pair.baseMs + 1000;
    assert.equal((await login(user.username, 'wrong again', attacker)).statusCode, 401);
    assertThrottled(await login(user.username, 'wrong again', attacker), (2 * pair.baseMs) / 1000);

    // The account is not locked: its owner signs in from their own address at once.
    assert.equal((await login(user.username, TEST_PASSWORD, freshIp())).statusCode, 200);
    // That success does not clear the attacker's counter.
    offsetMs += 2 * pair.baseMs + 1000;
    assert.equal((await login(user.username, 'still wrong', attacker)).statusCode, 401);
    assertThrottled(await login(user.username, 'still wrong', attacker), (4 * pair.baseMs) / 1000);
    offsetMs += pair.memoryMs;
  });

  test('a success clears only its own account-and-address counter', async () => {
    const user = await ctx.user(['viewer'], { signIn: false });
    const ip = freshIp();
    for (let i = 1; i < pair.free; i++)
      assert.equal((await login(user.username, 'nope', ip)).statusCode, 401);
    assert.equal((await login(user.username, TEST_PASSWORD, ip)).statusCode, 200);
    for (let i = 1; i <= pair.free; i++)
      assert.equal((await login(user.username, 'nope', ip)).statusCode, 401);
    assertThrottled(await login(user.username, 'nope', ip));
  });

  test('guesses sent all at once are decided one after another', async () => {
    const user = await ctx.user(['viewer'], { signIn: false });
    const ip = freshIp();
    const results = await Promise.all(
      Array.from({ length: 4 * pair.free }, (_, i) => login(user.username, `parallel guess ${i}`, ip)),
    );
    const codes = results.map((r) => r.statusCode);
    assert.equal(codes.filter((c) => c === 401).length, pair.free, codes.join(','));
    assert.equal(codes.filter((c) => c === 429).length, 3 * pair.free);
  });
});

describe('per account, from addresses it never signed in from', () => {
  test('guessing from many addresses is slowed; the owner at their usual address is not', async () => {
    const coordinator = await ctx.user(['coordinator'], { signIn: false });
    const office = freshIp();
    assert.equal((await login(coordinator.username, TEST_PASSWORD, office)).statusCode, 200);

    for (let i = 1; i <= account.free; i++) {
      const res = await login(coordinator.username, `botnet guess ${i}`, freshIp());
      assert.equal(res.statusCode, 401, `attempt ${i}`);
    }
    assertThrottled(await login(coordinator.username, 'botnet guess', freshIp()), account.baseMs / 1000);
    // During the attack, the coordinator signs in from the office at once.
    assert.equal((await login(coordinator.username, TEST_PASSWORD, office)).statusCode, 200);
    // From an address never used before, they wait like anyone else would (then get in).
    const hotel = freshIp();
    assertThrottled(await login(coordinator.username, TEST_PASSWORD, hotel));
    offsetMs += account.baseMs + 1000;
    assert.equal((await login(coordinator.username, TEST_PASSWORD, hotel)).statusCode, 200);
    offsetMs += account.memoryMs;
  });
});

describe('POST /api/auth/password', () => {
  test('wrong current passwords are throttled like sign-ins (429, Retry-After), then even the right one waits', async () => {
    const user = await ctx.user(['viewer']);
    const change = (current: string) =>
      ctx.inject({
        method: 'POST',
        url: '/api/auth/password',
        headers: user.headers,
        payload: { current, next: 'a much better password' },
      });
    for (let i = 1; i <= pair.free; i++) {
      const res = await change(`not my password ${i}`);
      assert.equal(res.statusCode, 400, `attempt ${i}`);
      assert.equal(res.json().error.code, 'auth.password_wrong');
    }
    assertThrottled(await change('not my password again'), pair.baseMs / 1000);
    assertThrottled(await change(TEST_PASSWORD));
    offsetMs += pair.baseMs + 1000;
    assert.equal((await change(TEST_PASSWORD)).statusCode, 200);
  });
});
