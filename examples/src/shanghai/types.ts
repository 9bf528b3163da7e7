/**
 * The 9 tables of a Shanghai 部门决算 (2024 template) as printed, typed in from a real disclosure.
 * Amounts are the printed text ("2,940.05", "9746.50", "0.00"); `null` is a blank cell. Nothing here
 * is computed: a table that disagrees with itself or with another table keeps its printed figures
 * (examples/README.md lists those disagreements).
 */
import type { Supplement } from "../../../src/tables/model";

/** An amount as printed, or null for a blank cell. */
export type Printed = string | null;

/** A coded row: 7-, 5- or 3-digit code (split into 类|款|项 cells when the table prints it so), name, amounts. */
export type CodedLine = [code: string, name: string, ...amounts: Printed[]];

/** An economic-classification row: code (301 / 30101), name, 决算数. */
export type EconomicLine = [code: string, name: string, amount: Printed];

export interface ShanghaiTables {
  /** The line printed above the first table: "上海市普陀区财政局2024年度部门决算表". */
  heading: string;
  /** Codes in 类 | 款 | 项 cells ("split") or one 7-digit cell ("merged"). */
  codes: "split" | "merged";
  /** Header texts that differ between disclosures, as printed. */
  headers: {
    /** 功能分类科目编码 or 支出功能分类科目编码. */
    functionalCode: string;
    /** 公务用车购置及运行维护费 or 公务用车购置及运行费 (the "三公" table). */
    vehicles: string;
    /** 公务用车运行维护费 or 公务用车运行费. */
    vehicleOperation: string;
    /** 合计 or 小计 under 本年支出 in tables 8 and 9. */
    fundSpendingTotal: string;
  };
  /** 收入支出决算总表 */
  summary: {
    income: [string, Printed][];
    expenditure: [string, Printed][];
    /** 本年收入合计 | 本年支出合计, 使用非财政拨款结余 | 结余分配, 年初 | 年末, 总计 | 总计. */
    totals: [string, Printed, string, Printed][];
    notes: string[];
  };
  /** 收入决算表: 本年收入合计, 财政拨款收入, 上级补助收入, 事业收入, 经营收入, 附属单位上缴收入, 其他收入. */
  income: { total: Printed[]; rows: CodedLine[]; notes: string[] };
  /** 支出决算表: 本年支出合计, 基本支出, 项目支出, 上缴上级支出, 经营支出, 对附属单位补助支出. */
  expenditure: { total: Printed[]; rows: CodedLine[]; notes: string[] };
  /** 财政拨款收入支出决算总表: 支出 columns 合计, 一般公共预算财政拨款, 政府性基金预算财政拨款, 国有资本经营预算财政拨款. */
  appropriation: {
    income: [string, Printed][];
    expenditure: [string, ...Printed[]][];
    incomeTotal: Printed;
    expenditureTotal: Printed[];
    /** 年初财政拨款结转和结余 and its three lines (left half). */
    opening: [string, Printed][];
    /** 年末财政拨款结转和结余 (right half, four columns). */
    closing: Printed[];
    incomeGrandTotal: Printed;
    expenditureGrandTotal: Printed[];
    notes: string[];
  };
  /** 一般公共预算财政拨款支出决算表: 合计, 基本支出, 项目支出; 合计 row at the bottom. */
  generalBudget: { total: Printed[]; rows: CodedLine[]; notes: string[] };
  /** 一般公共预算财政拨款基本支出决算表: two blocks, then 人员经费合计 | 公用经费合计. */
  basic: {
    personnel: EconomicLine[];
    public: EconomicLine[];
    personnelTotal: Printed;
    publicTotal: Printed;
    notes: string[];
  };
  /**
   * 财政拨款"三公"经费支出决算表: 预算数, 决算数 for 合计, 因公出国（境）费, 公务用车购置及运行维护费
   * 小计, 公务用车购置费, 公务用车运行维护费, 公务接待费 (12 cells; all null when the table is empty).
   */
  threePublic: { values: Printed[]; notes: string[] };
  /** 政府性基金预算财政拨款收入支出决算表 (rows empty in all three disclosures). */
  governmentFund: { rows: CodedLine[]; notes: string[] };
  /** 国有资本经营预算财政拨款收入支出决算表 */
  stateCapital: { rows: CodedLine[]; notes: string[] };
}

/** One Shanghai sample: its file name, its printed tables and (later) its 补充信息. */
export interface ShanghaiSample {
  file: string;
  department: string;
  year: number;
  tables: ShanghaiTables;
  /** The 补充信息 sheet's content; absent until someone fills it (no sheet is written then). */
  supplement?: () => Supplement;
}
