/** Deterministic Chinese names for demo rosters: the same seed gives the same enterprise. */
const SURNAMES =
  '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段';
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国建华志强志明海燕红梅晓东文博宇航子涵欣怡浩然思远卫东向阳春生秋菊振华立新永刚德胜玉兰淑珍';

export function pick<T>(random: () => number, items: readonly T[] | string): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function chineseName(random: () => number): string {
  const given =
    random() < 0.4
      ? pick<string>(random, GIVEN)
      : pick<string>(random, GIVEN) + pick<string>(random, GIVEN);
  return pick<string>(random, SURNAMES) + given.slice(0, 2);
}
