/**
 * What `juesuan --help` and `juesuan <command> --help` print: each command's name, one-line summary and
 * usage, kept apart from the commands' code so that printing help loads none of it (the command list in
 * ./commands imports a command's module only when it runs).
 */

export const CHECK = { name: "check", summary: "识别决算公开表并检查勾稽关系" } as const;

export const CHECK_HELP = `用法：juesuan check <工作簿.xlsx | 文件夹> [--json] [--text 说明.txt|说明.docx [--profile 口径]] [--prior 上年.xlsx]
读取部门决算公开表，识别各张表并检查表内、表间勾稽关系；指定 --text 时还用报表逐个核对说明文字中的数字（校对）。

参数：
  <工作簿.xlsx>   要检查的 .xlsx 文件（旧版 .xls 请先在 Excel 中另存为 .xlsx）
  <文件夹>        检查文件夹中的每个 .xlsx 文件（不含子文件夹），最后给出汇总

选项：
  --text 文件     校对该决算说明：.txt（UTF-8 编码）或 .docx（Word）；只能与单个工作簿一起使用；
                  不指定工作簿时只用文字自身核对（合计与分项、按文中金额重算的比例、前后不一的数字等）
  --profile 口径  校对时按该地区口径检查数字写法：beijing（元，百分数一位小数；旧名 yuan-1dp）、central（万元，
                  百分数两位小数；旧名 wanyuan-2dp）或 shanghai；不指定时按文字中元与万元哪种金额多来判断
  --json          以 JSON 输出：{ tables: [...], findings: [{ rule, severity, message, cells, expected, actual }] }；
                  校对发现的问题也列在 findings 中（rule 以 proof. 开头），另有 sentence（所在句子）、
                  excerpt（出错的原文）、offset/length（在全文中的位置），并附 proofread: { file, profile, counts }；
                  文件夹则输出 { files: [{ file, tables, findings } 或 { file, error }], summary }
  --prior 文件    上年决算表（.xlsx）：检查两年衔接（本年年初结转和结余 = 上年年末，年度，新增或取消的类、款），
                  上年数与补充信息不一致时提示
  --prior-dir 文件夹  文件夹输入时上年决算表所在的文件夹，按部门名称配对，未配对的逐个列出
                  （工作簿中另有表名年度早一年的上年报表时，自动使用，无需这两个选项）
  -h, --help      显示本帮助

退出码：0 没有错误；1 发现错误（表格或说明文字中的 error 级问题）；2 用法错误或文件无法读取
文件夹中跳过的文件（旧版 .xls、Excel 临时文件等）逐个说明原因，并计入汇总`;

export const NARRATE = { name: "narrate", summary: "生成决算说明（文本、HTML、Word 或 JSON）" } as const;

export const NARRATE_HELP = `用法：juesuan narrate <工作簿.xlsx | 文件夹> [--profile 口径] [--format 格式] [--year 年度] [--charts on|off] [--out 输出] [--prior 上年.xlsx]

读取部门决算公开表和“补充信息”表，检查勾稽关系，生成决算说明（第二至第四部分）。
缺少的原因、上年数、预算数、数量等以【待填写：…】标出，并在标准错误输出中逐条提示。

参数：
  <工作簿.xlsx>        要生成说明的 .xlsx 文件
  <文件夹>             为文件夹中的每个 .xlsx 文件（不含子文件夹）各生成一份说明

选项：
  --profile 口径       auto（默认）：按工作簿中的部门名称、表格标题和表样自动选择，并在标准错误输出中说明理由
                       beijing：北京市区级部门（元，两位小数，百分比一位小数；旧名 yuan-1dp）
                       central：中央部门（万元，两位小数，百分比两位小数，“完成年初预算的…%”；旧名 wanyuan-2dp）
                       shanghai：上海市 2024 年模板（万元，第一部分概况至第四部分名词解释）
  --format 格式        text（默认）| html（含数据来源）| docx | json
                       json：{ text, sections: [{ id, title, paragraphs: [文字] }], warnings: [{ code, message, key }] }
  --year 年度          指定决算年度（如 2023），优先于表头中识别的年度；表头未标明年度时应指定
  --charts on|off      在说明中插入图表（柱状图、饼图，html 和 docx 格式）；默认按口径设置
  --out 输出           写入该文件（文件夹输入时为输出文件夹，每个工作簿一个文件；文件夹不存在时自动创建）；
                       不指定时 text/html/json 输出到标准输出，docx 必须指定。
                       不会覆盖输入的工作簿，也不会覆盖其他类型的已有文件（如把 .xlsx 当作 .docx 输出）
  --force              工作簿中有金额无法读取（如公式没有计算结果）时仍然生成说明（默认不生成）
  --prior 文件         上年决算表（.xlsx）：上年数取自该表（补充信息中已填的上年数优先），并检查两年衔接
  --prior-dir 文件夹   文件夹输入时上年决算表所在的文件夹，按部门名称配对，未配对的逐个列出
                       （工作簿中另有表名年度早一年的上年报表时，自动使用，无需这两个选项）
  -h, --help           显示本帮助

退出码：0 正常；1 表格检查发现错误（说明照常生成；有金额无法读取时不生成，除非 --force）；
        2 用法错误、文件无法读取或输出无法写入`;
