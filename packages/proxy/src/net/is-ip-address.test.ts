import { describe, expect, it } from 'vitest';
import { isIpAddress } from './is-ip-address.js';

describe('isIpAddress', () => {
  it.each([
    '203.0.113.7',
    '0.0.0.0',
    '255.255.255.255',
    '::1',
    '2001:db8::8a2e:370:7334',
    '::ffff:192.0.2.1',
  ])('accepts %s', (value) => expect(isIpAddress(value)).toBe(true));

  it.each([
    '',
    'unknown',
    '256.1.1.1',
    '1.2.3',
    '01.2.3.4',
    '1.2.3.4:80',
    '[::1]',
    'fe80::1%eth0',
    '::g',
    'example.com',
    '1.2.3.4 ',
    ':::',
  ])('refuses %j', (value) => expect(isIpAddress(value)).toBe(false));
});
