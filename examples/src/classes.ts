/**
 * 2023 支出功能分类 类 as printed (in this order) on the summary tables' expenditure side.
 * The summary tables list every 类, with blanks where the department spent nothing.
 */
export const FUNCTIONAL_CLASSES: readonly { code: string; name: string }[] = [
  { code: "201", name: "一般公共服务支出" },
  { code: "202", name: "外交支出" },
  { code: "203", name: "国防支出" },
  { code: "204", name: "公共安全支出" },
  { code: "205", name: "教育支出" },
  { code: "206", name: "科学技术支出" },
  { code: "207", name: "文化旅游体育与传媒支出" },
  { code: "208", name: "社会保障和就业支出" },
  { code: "210", name: "卫生健康支出" },
  { code: "211", name: "节能环保支出" },
  { code: "212", name: "城乡社区支出" },
  { code: "213", name: "农林水支出" },
  { code: "214", name: "交通运输支出" },
  { code: "215", name: "资源勘探工业信息等支出" },
  { code: "216", name: "商业服务业等支出" },
  { code: "217", name: "金融支出" },
  { code: "219", name: "援助其他地区支出" },
  { code: "220", name: "自然资源海洋气象等支出" },
  { code: "221", name: "住房保障支出" },
  { code: "222", name: "粮油物资储备支出" },
  { code: "224", name: "灾害防治及应急管理支出" },
  { code: "229", name: "其他支出" },
];

const NUMERALS = "一二三四五六七八九十";

/** Chinese ordinal prefix: 1 → "一、", 12 → "十二、", 22 → "二十二、". */
export function ordinal(n: number): string {
  if (n <= 10) return `${NUMERALS[n - 1]}、`;
  if (n < 20) return `十${NUMERALS[n - 11]}、`;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${NUMERALS[tens - 1]}十${ones === 0 ? "" : NUMERALS[ones - 1]}、`;
}
