import { describe, expect, it } from 'vitest';
import { bearerChecker, contentSecurityPolicy, requestLang } from './security';

describe('bearerChecker', () => {
  const check = bearerChecker('a-secret-token-of-32-characters!');

  it('accepts exactly the token, as a bearer credential', async () => {
    await expect(check('Bearer a-secret-token-of-32-characters!')).resolves.toBe(true);
    await expect(check('bearer  a-secret-token-of-32-characters!')).resolves.toBe(true);
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
    await expect(check(header)).resolves.toBe(false);
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
