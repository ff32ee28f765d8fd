import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertPublicUrl, isPrivateAddress } from './safe-fetch.js';

describe('crawler address guard', () => {
  it('classifies private, loopback, link-local and metadata addresses', () => {
    for (const ip of ['127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1']) {
      assert.ok(isPrivateAddress(ip), ip);
    }
    for (const ip of ['8.8.8.8', '172.32.0.1', '93.184.216.34', '2606:4700::1111']) assert.ok(!isPrivateAddress(ip), ip);
  });

  it('refuses URLs that point inside the network', async () => {
    await assert.rejects(assertPublicUrl('http://169.254.169.254/latest/meta-data'), /private network/);
    await assert.rejects(assertPublicUrl('http://[::1]:8080/'), /private network/);
    await assert.rejects(assertPublicUrl('http://localhost/'), /private network/);
    await assert.rejects(assertPublicUrl('file:///etc/passwd'), /Only http/);
    await assertPublicUrl('http://93.184.216.34/');
  });
});
