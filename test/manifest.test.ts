import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkManifest, type Problem } from "../scripts/manifest-check.mjs";
import {
  DEV_BASE_URL,
  normalizeBaseUrl,
  resolveBaseUrl,
  transformManifest,
} from "../scripts/manifest-transform.cjs";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_MANIFEST = join(ROOT, "manifest.xml");
const SOURCE_ASSETS = join(ROOT, "assets");
const source = readFileSync(SOURCE_MANIFEST, "utf8");

/** A temp dir holding manifest.xml (given text) and a copy of assets/. Removed after the test. */
function fixture(t: { after: (fn: () => void) => void }, xml: string): string {
  const dir = mkdtempSync(join(tmpdir(), "juesuan-manifest-"));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(SOURCE_ASSETS, join(dir, "assets"), { recursive: true });
  const file = join(dir, "manifest.xml");
  writeFileSync(file, xml);
  return file;
}

const messages = (problems: Problem[]) => problems.map((p) => p.message).join("\n");

/** Replaces exactly one occurrence, failing loudly if the source manifest changed shape. */
function replaceOnce(text: string, from: string, to: string): string {
  const i = text.indexOf(from);
  assert.ok(i >= 0, `fixture text not found in manifest.xml: ${from}`);
  return text.slice(0, i) + to + text.slice(i + from.length);
}

test("the source manifest passes the checker", () => {
  const problems = checkManifest(SOURCE_MANIFEST, { assetsDir: SOURCE_ASSETS });
  assert.deepEqual(problems, [], messages(problems));
});

test("every problem message is bilingual", (t) => {
  const file = fixture(
    t,
    replaceOnce(
      source,
      "<Permissions>ReadWriteDocument</Permissions>",
      "<Permissions>Everything</Permissions>",
    ),
  );
  const problems = checkManifest(file);
  assert.ok(problems.length > 0);
  for (const p of problems) {
    assert.match(p.zh, /[\u4e00-\u9fff]/, `no Chinese in: ${p.zh}`);
    assert.match(p.en, /[a-z]/i);
    assert.equal(p.message, `${p.zh} / ${p.en}`);
  }
});

test("malformed XML is reported", (t) => {
  const file = fixture(t, source.replace("</OfficeApp>", ""));
  const problems = checkManifest(file);
  assert.equal(problems.length, 1, messages(problems));
  assert.equal(problems[0].code, "xml");
});

test("a dangling resid fails, naming the resid", (t) => {
  const file = fixture(
    t,
    replaceOnce(source, '<Label resid="Group.Label" />', '<Label resid="Group.NoSuchLabel" />'),
  );
  const problems = checkManifest(file);
  const hit = problems.find((p) => p.code === "resid");
  assert.ok(hit, messages(problems));
  assert.match(hit.message, /Group\.NoSuchLabel/);
});

test("a resid pointing at the wrong kind of resource fails", (t) => {
  // A Label must be a ShortString; TaskpaneButton.Tooltip is a LongString.
  const file = fixture(
    t,
    replaceOnce(source, '<Label resid="TaskpaneButton.Label" />', '<Label resid="TaskpaneButton.Tooltip" />'),
  );
  const problems = checkManifest(file);
  const hit = problems.find((p) => p.code === "resid-kind");
  assert.ok(hit, messages(problems));
  assert.match(hit.message, /TaskpaneButton\.Tooltip/);
});

test("resource ids longer than 32 characters and duplicates fail", (t) => {
  const long = "Functions.Metadata.Url.Is.Too.Long.X"; // 36 chars
  let xml = source.split('"Functions.Metadata.Url"').join(`"${long}"`);
  xml = replaceOnce(
    xml,
    '<bt:String id="Functions.Namespace" DefaultValue="BUDGET" />',
    '<bt:String id="Functions.Namespace" DefaultValue="BUDGET" /><bt:String id="Group.Label" DefaultValue="x" />',
  );
  const problems = checkManifest(fixture(t, xml));
  assert.ok(
    problems.some((p) => p.code === "resource-id" && p.message.includes(long)),
    messages(problems),
  );
  assert.ok(
    problems.some((p) => p.code === "resid" && p.message.includes(long)),
    messages(problems),
  );
  assert.ok(
    problems.some(
      (p) => p.code === "resource-id" && /duplicate/.test(p.message) && p.message.includes("Group.Label"),
    ),
    messages(problems),
  );
});

test("an icon reference to a missing file fails, naming the file", (t) => {
  const file = fixture(t, replaceOnce(source, "assets/icon-20.png", "assets/icon-missing-20.png"));
  const problems = checkManifest(file);
  const hit = problems.find((p) => p.code === "icon-file");
  assert.ok(hit, messages(problems));
  assert.match(hit.message, /icon-missing-20\.png/);
});

test("a wrong-size icon fails", (t) => {
  // The 32px ribbon image resource now points at the 64px file.
  const file = fixture(
    t,
    replaceOnce(
      source,
      '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png" />',
      '<bt:Image id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-64.png" />',
    ),
  );
  const problems = checkManifest(file);
  const hit = problems.find((p) => p.code === "icon-size");
  assert.ok(hit, messages(problems));
  assert.match(hit.message, /32×32/);
  assert.match(hit.message, /icon-64\.png is 64×64/);
});

test("IconUrl must be 32×32 for a task pane add-in", (t) => {
  const file = fixture(
    t,
    replaceOnce(
      source,
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png" />',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-80.png" />',
    ),
  );
  const problems = checkManifest(file);
  assert.ok(
    problems.some((p) => p.code === "icon-size" && p.message.includes("IconUrl")),
    messages(problems),
  );
});

test("a file that is not a PNG fails", (t) => {
  const file = fixture(t, source);
  writeFileSync(join(dirname(file), "assets", "icon-48.png"), "not a png");
  const problems = checkManifest(file);
  assert.ok(
    problems.some((p) => p.code === "icon-png" && p.message.includes("icon-48.png")),
    messages(problems),
  );
});

test("missing shared-runtime wiring fails", (t) => {
  let xml = replaceOnce(source, '<Set Name="SharedRuntime" MinVersion="1.1" />', "");
  xml = replaceOnce(
    xml,
    '<Runtime resid="Taskpane.Url" lifetime="long" />',
    '<Runtime resid="Taskpane.Url" />',
  );
  const problems = checkManifest(fixture(t, xml));
  assert.ok(
    problems.some((p) => p.message.includes("SharedRuntime")),
    messages(problems),
  );
  assert.ok(
    problems.some((p) => p.code === "runtime"),
    messages(problems),
  );
});

test("a missing CustomFunctions Namespace fails", (t) => {
  const file = fixture(t, replaceOnce(source, '<Namespace resid="Functions.Namespace" />', ""));
  const problems = checkManifest(file);
  assert.ok(
    problems.some((p) => p.code === "missing" && p.message.includes("Namespace")),
    messages(problems),
  );
});

test("a non-https URL fails", (t) => {
  const file = fixture(
    t,
    replaceOnce(
      source,
      '<SupportUrl DefaultValue="https://localhost:3000/help.html" />',
      '<SupportUrl DefaultValue="http://example.org/help" />',
    ),
  );
  const problems = checkManifest(file);
  assert.ok(
    problems.some((p) => p.code === "https" && p.message.includes("http://example.org/help")),
    messages(problems),
  );
});

test("production mode rejects a manifest that still contains localhost", (t) => {
  const file = fixture(t, source);
  assert.deepEqual(checkManifest(file), []);
  const problems = checkManifest(file, { production: true });
  assert.ok(problems.length > 0);
  assert.ok(
    problems.every((p) => p.code === "localhost"),
    messages(problems),
  );
});

test("a transformed manifest passes the production check", (t) => {
  const file = fixture(t, transformManifest(source, "https://example.org/addin"));
  const problems = checkManifest(file, { production: true });
  assert.deepEqual(problems, [], messages(problems));
});

// ---------- scripts/manifest-transform.cjs ----------

test("transformManifest replaces every occurrence of the dev base URL", () => {
  const count = source.split(DEV_BASE_URL).length - 1;
  assert.ok(count > 10, `expected many dev URLs, found ${count}`);
  const out = transformManifest(source, "https://example.org/addin/");
  assert.equal(out.split("https://example.org/addin/").length - 1, count);
  assert.ok(!out.includes("localhost"), "localhost left in the transformed manifest");
  // the bare origin (AppDomain) becomes the deployment origin
  assert.match(out, /<AppDomain>https:\/\/example\.org<\/AppDomain>/);
  assert.match(out, /<SourceLocation DefaultValue="https:\/\/example\.org\/addin\/taskpane\.html" \/>/);
});

test("transformManifest normalises the trailing slash", () => {
  const xml = `<a x="https://localhost:3000/a.png">https://localhost:3000/b/</a>`;
  const expected = `<a x="https://cdn.example.org/x/a.png">https://cdn.example.org/x/b/</a>`;
  for (const base of [
    "https://cdn.example.org/x",
    "https://cdn.example.org/x/",
    "https://cdn.example.org/x///",
    "  https://cdn.example.org/x/ ",
  ]) {
    assert.equal(transformManifest(xml, base), expected, base);
  }
  assert.equal(transformManifest(Buffer.from(xml), "https://cdn.example.org/x"), expected);
  assert.equal(normalizeBaseUrl("https://example.org"), "https://example.org/");
});

test("normalizeBaseUrl rejects unusable deployment URLs", () => {
  assert.throws(() => normalizeBaseUrl(""), /empty/);
  assert.throws(() => normalizeBaseUrl("example.org/addin"), /absolute/);
  assert.throws(() => normalizeBaseUrl("http://example.org/addin/"), /https/);
  assert.throws(() => normalizeBaseUrl("https://example.org/addin/?v=1"), /query/);
});

test("resolveBaseUrl: dev keeps localhost, production uses ADDIN_URL or warns", () => {
  assert.deepEqual(resolveBaseUrl({ production: false, addinUrl: "https://example.org/" }), {
    baseUrl: DEV_BASE_URL,
  });
  assert.deepEqual(resolveBaseUrl({ production: true, addinUrl: "https://example.org/a" }), {
    baseUrl: "https://example.org/a/",
  });
  const fallback = resolveBaseUrl({ production: true, addinUrl: undefined });
  assert.equal(fallback.baseUrl, DEV_BASE_URL);
  assert.match(fallback.warning ?? "", /ADDIN_URL/);
  assert.equal(resolveBaseUrl({ production: true, addinUrl: "  " }).baseUrl, DEV_BASE_URL);
});
