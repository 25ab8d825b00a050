import { normalizeEmail } from '../../../shared/src/normalize/index';

describe('normalizeEmail', () => {
  it.each([
    ['ZhangWei@QQ.com', 'zhangwei@qq.com', 'z***i@qq.com'],
    ['  zhangwei@qq.com  ', 'zhangwei@qq.com', 'z***i@qq.com'],
    ['ｚｈａｎｇｗｅｉ＠ｑｑ．ｃｏｍ', 'zhangwei@qq.com', 'z***i@qq.com'],
    ['zw＠163。com', 'zw@163.com', 'z***@163.com'],
    ['张伟 <zw@163.com>', 'zw@163.com', 'z***@163.com'],
    ['mailto:seller@shop.com.cn', 'seller@shop.com.cn', 's***r@shop.com.cn'],
    ['12345678@QQ.COM', '12345678@qq.com', '1***8@qq.com'],
    ['zhang.wei+shop1@gmail.com', 'zhangwei@gmail.com', 'z***i@gmail.com'],
    ['Zhang.Wei@GoogleMail.com', 'zhangwei@gmail.com', 'z***i@gmail.com'],
    ['a.b+c@hotmail.com', 'a.b@hotmail.com', 'a***b@hotmail.com'],
    ['zhang.wei@163.com', 'zhang.wei@163.com', 'z***i@163.com'],
    ['li+tag@foxmail.com', 'li+tag@foxmail.com', 'l***g@foxmail.com'],
  ])('reads %j as %s', (raw, canonical, masked) => {
    expect(normalizeEmail(raw)).toEqual({ ok: true, value: { canonical, masked } });
  });

  it.each([
    ['', 'E-mail address is empty.'],
    ['zhangwei.qq.com', 'E-mail address has no @.'],
    ['@qq.com', 'E-mail address has nothing before the @.'],
    ['zhang..wei@qq.com', 'E-mail local part contains characters that are not allowed.'],
    ['张伟@qq.com', 'E-mail local part contains characters that are not allowed.'],
    ['zhangwei@qq', 'E-mail domain is not a valid domain name.'],
    ['zhangwei@-qq.com', 'E-mail domain is not a valid domain name.'],
    ['zhangwei@qq.c0m', 'E-mail domain is not a valid domain name.'],
    ['+tag@gmail.com', 'E-mail local part is empty once its +tag is removed.'],
  ])('rejects %j', (raw, reason) => {
    expect(normalizeEmail(raw)).toEqual({ ok: false, reason });
  });
});
