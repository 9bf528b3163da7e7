/** `juesuan`: the command-line front door. bin/juesuan.js registers tsx and calls main(). */
import { type CliIO, EXIT, UsageError } from "./command";
import { COMMANDS, findCommand } from "./commands";
import { OutputWriteError } from "./output";

function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    "决算说明助手 juesuan —— 读取部门决算公开表（.xlsx），检查勾稽关系，生成决算说明",
    "",
    "用法：juesuan <命令> [参数] [选项]",
    "",
    "命令：",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "选项：",
    "  -h, --help  显示帮助；juesuan <命令> --help 显示该命令的帮助",
    "",
    "退出码：0 正常；1 发现错误；2 用法错误、文件无法读取或输出无法写入",
  ].join("\n");
}

export function processIO(): CliIO {
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: Boolean(process.stderr.isTTY),
  };
}

/** Runs the CLI; resolves to the exit code (never calls process.exit, so output is flushed). */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr(`${mainHelp()}\n`);
    return EXIT.usage;
  }
  if (name === "--help" || name === "-h" || name === "help") {
    const sub = name === "help" && rest[0] ? findCommand(rest[0]) : undefined;
    io.stdout(`${sub ? sub.help : mainHelp()}\n`);
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (!command) {
    io.stderr(`未知命令：${name}\n\n${mainHelp()}\n`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n运行 juesuan ${command.name} --help 查看用法\n`);
      return EXIT.usage;
    }
    if (e instanceof OutputWriteError) {
      io.stderr(`${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`处理时出错：${(e as Error).message}\n`);
    return EXIT.usage;
  }
}
