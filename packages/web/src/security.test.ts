import { describe, expect, it } from 'vitest';
import { callerChecker, contentSecurityPolicy, requestLang, tokenHash } from './security';

describe('callerChecker', () => {
  const secret = 'a-secret-token-of-32-characters!';
  const other = 'another-secret-token-0123456789';
  const check = callerChecker(async () => [
    { name: 'doc', role: 'reader', hash: await tokenHash(other) },
    { name: 'van-phong', role: 'officer', hash: await tokenHash(secret) },
  ]);

  it('finds the token by its hash and says who it is, as a bearer credential', async () => {
    await expect(check(`Bearer ${secret}`)).resolves.toEqual({
      name: 'van-phong',
      role: 'officer',
    });
    await expect(check(`bearer  ${secret}`)).resolves.toEqual({
      name: 'van-phong',
      role: 'officer',
    });
    await expect(check(`Bearer ${other}`)).resolves.toEqual({ name: 'doc', role: 'reader' });
  });

  it('hashes with SHA-256 in hex', async () => {
    await expect(tokenHash('')).resolves.toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it.each([
    null,
    '',
    'Bearer',
    'Bearer ',
    'Bearer a-secret-token-of-32-characters',
    'Bearer a-secret-token-of-32-characters!!',
    'Basic a-secret-token-of-32-characters!',
    'a-secret-token-of-32-characters!',
    'Bearer a-secret-token-of-32-characters! extra',
  ])('refuses %j', async (header) => {
    await expect(check(header)).resolves.toBeUndefined();
  });

  it('refuses the hash itself as a token, and everything when no token is known', async () => {
    await expect(check(`Bearer ${await tokenHash(secret)}`)).resolves.toBeUndefined();
    await expect(callerChecker(async () => [])(`Bearer ${secret}`)).resolves.toBeUndefined();
  });
});

describe('requestLang', () => {
  const url = (query = '') => new URL(`http://x/validate${query}`);

  it('takes ?lang first, then Accept-Language by weight, then the default', () => {
    expect(requestLang(url('?lang=en'), 'vi', 'vi')).toBe('en');
    expect(requestLang(url('?lang=xx'), 'en-US', 'vi')).toBe('en');
    expect(requestLang(url(), 'fr;q=1, en;q=0.4, vi;q=0.9', 'en')).toBe('vi');
    expect(requestLang(url(), 'en;q=0, fr', 'vi')).toBe('vi');
    expect(requestLang(url(), null, 'en')).toBe('en');
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only this server, and exactly the given stylesheets', () => {
    const csp = contentSecurityPolicy(['abc=']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self' 'sha256-abc='");
    expect(csp).not.toContain('unsafe');
  });
});
