import { normalizeIp } from '../../../shared/src/normalize/index';

describe('normalizeIp', () => {
  it.each([
    ['203.0.113.7', '203.0.113.7', 4],
    [' 203.0.113.7 ', '203.0.113.7', 4],
    ['１９２．１６８．１．１０', '192.168.1.10', 4],
    ['192.168.001.010', '192.168.1.10', 4],
    ['1.2.3.4:8080', '1.2.3.4', 4],
    ['::ffff:192.0.2.1', '192.0.2.1', 4],
    ['2001:0DB8:0000:0000:0000:FF00:0042:8329', '2001:db8::ff00:42:8329', 6],
    ['2001:db8::1', '2001:db8::1', 6],
    ['[2001:db8::1]:443', '2001:db8::1', 6],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1', 6],
    ['2001:0:0:1:0:0:0:1', '2001:0:0:1::1', 6],
    ['2001:db8:0:1:1:1:1:1', '2001:db8:0:1:1:1:1:1', 6],
    ['1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8', 6],
    ['::1', '::1', 6],
    ['fe80::', 'fe80::', 6],
    ['2001:db8::1.2.3.4', '2001:db8::102:304', 6],
  ])('%j → %s', (raw, canonical, version) => {
    expect(normalizeIp(raw)).toEqual({ ok: true, value: { canonical, version } });
  });

  it.each([
    ['', 'IP address is empty.'],
    ['256.1.1.1', 'Not a valid IPv4 address: four numbers 0–255 separated by dots.'],
    ['1.2.3', 'Not a valid IPv4 address: four numbers 0–255 separated by dots.'],
    ['1.2.3.4.5', 'Not a valid IPv4 address: four numbers 0–255 separated by dots.'],
    ['localhost', 'Not a valid IPv4 address: four numbers 0–255 separated by dots.'],
    ['0.0.0.0', '0.0.0.0 is a placeholder or broadcast address, nobody’s address.'],
    ['255.255.255.255', '255.255.255.255 is a placeholder or broadcast address, nobody’s address.'],
    ['::', 'The unspecified IPv6 address :: is nobody’s address.'],
    ['1::2::3', 'Not a valid IPv6 address.'],
    ['2001:db8::g', 'Not a valid IPv6 address.'],
    ['1:2:3:4:5:6:7:8:9', 'Not a valid IPv6 address.'],
    ['1:2:3:4:5:6:7::8', 'Not a valid IPv6 address.'],
    ['fe80::1%eth0', 'IPv6 address carries a zone id (%…), which is only meaningful on one host.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizeIp(raw)).toEqual({ ok: false, reason });
  });
});
