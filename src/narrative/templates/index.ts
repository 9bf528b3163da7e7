/**
 * Sentence-template families. A region profile carries one object per family its sections use;
 * a new region may reuse a family (Beijing and central share part2/part3) or bring its own.
 */
import type { PART2 } from "./part2";
import type { PART3 } from "./part3";
import type { SHANGHAI } from "./shanghai";

/** The shape of a template object with its literal strings widened, so another region can supply its own. */
type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Part2Templates = Widen<typeof PART2>;
export type Part3Templates = Widen<typeof PART3>;
export type ShanghaiTemplates = Widen<typeof SHANGHAI>;

export interface TemplateFamilies {
  /** 第二部分 部门决算说明 of the Beijing/central form. */
  part2?: Part2Templates;
  /** 第三部分 其他重要事项 of the Beijing/central form. */
  part3?: Part3Templates;
  /** 第三部分 情况说明 一 … 十一 and 第一、四部分 of the Shanghai form. */
  shanghai?: ShanghaiTemplates;
}
